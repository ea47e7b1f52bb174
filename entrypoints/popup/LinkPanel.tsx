import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addCommitment, linkCommitment } from '../../lib/store/db/commitments';
import type { Commitment, Goal } from '../../lib/domain/types';
import { strengthById, type Strength } from '../../lib/domain/strengths';
import { dayNumber, pickForDay } from '../../lib/domain/item-of-the-day';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IfThenFields } from '../../components/IfThenFields';
import { tellWorkerListChanged } from '../../components/tell-worker';
import { useRunAndReport } from '../../components/use-run-and-report';
import { usePlanWords } from '../../components/use-plan-words';
import './link-panel.css';

interface LinkPanelProps {
  commitment: Commitment;
  activeGoals: Goal[];
  /** Signature strengths first, then the others. */
  signature: Strength[];
  others: Strength[];
  onClose: () => void;
  heading: string;
}

/** Links a commitment to a goal and a strength, and writes its if-then plan. Saves each change at once. */
export function LinkPanel({ commitment, activeGoals, signature, others, onClose, heading }: LinkPanelProps) {
  const { t } = useTranslation('popup');
  const id = useId();
  // The plan follows what is stored (changed in another window too) until the user types in it;
  // words typed and not saved (the popup closed on half a plan) come back from their draft.
  const stored = { when: commitment.ifThen?.when ?? '', then: commitment.ifThen?.then ?? '' };
  const plan = usePlanWords(commitment.id, stored);
  const { when, then } = plan.values;
  const [message, setMessage] = useState('');
  const { error, run } = useRunAndReport();
  // Opened, the panel scrolls (no further than needed) so its Done shows above the pinned strengths.
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    // A block body: scrollIntoView returns a promise in newer Chromium, which React would take for
    // the effect's cleanup and call when the panel closes.
    section.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  const strength = commitment.strengthId ? strengthById(commitment.strengthId) : undefined;
  const idea = strength && pickForDay(strength.ideas, dayNumber(commitment.day));

  async function save(
    changes: Partial<Pick<Commitment, 'goalId' | 'strengthId' | 'ifThen'>>,
    done: string,
  ): Promise<boolean> {
    const saved = await run(async () => {
      await linkCommitment(commitment.id, changes);
      if ('ifThen' in changes) plan.settle();
    });
    setMessage(saved ? done : '');
    return saved;
  }

  /** Done keeps a plan typed but not yet saved: closing the panel never throws words away. */
  async function close() {
    const stored = commitment.ifThen ?? { when: '', then: '' };
    const changed = when.trim() !== stored.when || then.trim() !== stored.then;
    if (changed && !(await save({ ifThen: { when, then } }, t('link.planSaved')))) return;
    onClose();
  }

  function onPlan(event: FormEvent) {
    event.preventDefault();
    void save({ ifThen: { when, then } }, when || then ? t('link.planSaved') : t('link.planRemoved'));
  }

  async function addIdea() {
    if (!idea || !strength) return;
    await run(async () => {
      await addCommitment(commitment.day, idea, { strengthId: strength.id });
      tellWorkerListChanged();
      setMessage(t('link.ideaAdded'));
    });
  }

  /** Escape closes the panel as Done does (keeping a plan typed), wherever focus is in it. */
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    void close();
  }

  const goalMissing = commitment.goalId && !activeGoals.some((g) => g.id === commitment.goalId);
  return (
    <section className="link-panel" aria-labelledby={`${id}-heading`} onKeyDown={onKeyDown} ref={section}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <div className="link-fields">
        <label htmlFor={`${id}-goal`}>{t('link.goal')}</label>
        <select
          id={`${id}-goal`}
          className="select"
          value={commitment.goalId ?? ''}
          onChange={(event) => void save({ goalId: event.target.value || undefined }, t('link.goalLinked'))}
        >
          <option value="">{t('link.noGoal')}</option>
          {goalMissing && <option value={commitment.goalId}>{t('link.goalGone')}</option>}
          {activeGoals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.title}
            </option>
          ))}
        </select>

        <label htmlFor={`${id}-strength`}>{t('link.strength')}</label>
        <select
          id={`${id}-strength`}
          className="select"
          value={commitment.strengthId ?? ''}
          onChange={(event) =>
            void save({ strengthId: event.target.value || undefined }, t('link.strengthLinked'))
          }
        >
          <option value="">{t('link.noStrength')}</option>
          {signature.length > 0 && (
            <optgroup label={t('link.top')}>
              {signature.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={signature.length > 0 ? t('link.others') : t('link.all')}>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      {strength && idea && (
        <div className="idea">
          <p>
            <strong>{t('link.ideaIntro', { strength: strength.name })}</strong> {idea}
          </p>
          <button type="button" className="button small" onClick={() => void addIdea()}>
            {t('link.addIdea')}
          </button>
        </div>
      )}
      <form className="if-then" onSubmit={onPlan}>
        <fieldset>
          <legend>{t('link.plan')}</legend>
          <IfThenFields id={id} values={plan.values} onChange={plan.set} />
          <div className="if-then-buttons">
            <button type="submit" className="button small">
              {t('link.savePlan')}
            </button>
            {commitment.ifThen && (
              <button
                type="button"
                className="button quiet small"
                onClick={() => void save({ ifThen: undefined }, t('link.planRemoved'))}
              >
                {t('link.removePlan')}
              </button>
            )}
          </div>
        </fieldset>
      </form>
      <div className="link-panel-footer">
        <span role="status" className="hint">
          {message}
        </span>
        <ErrorAlert error={error} inline />
        <button type="button" className="button small primary" onClick={() => void close()}>
          {t('link.done')}
        </button>
      </div>
    </section>
  );
}
