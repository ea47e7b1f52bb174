import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { clearDraft, readDraft, writeDraft } from '../../../components/drafts';
import { focusFirst, nearbyControls } from '../../../components/focus-neighbour';
import { tellWorker } from '../../../components/tell-worker';
import { useFormFields } from '../../../components/use-form-fields';
import { useRunAndReport } from '../../../components/use-run-and-report';
import { useToday } from '../../../components/use-today';
import { useUndo } from '../../../components/UndoProvider';
import { daysBetween, type DayKey } from '../../../lib/domain/days';
import { splitDaysOff } from '../../../lib/domain/days-off';
import { formatDayRange, formatDayShort } from '../../../lib/domain/format';
import type { DaysOff } from '../../../lib/domain/types';
import { LIMITS } from '../../../lib/domain/validation';
import { t } from '../../../lib/i18n';
import { addDaysOff, allDaysOff, removeDaysOff, restoreDaysOff } from '../../../lib/store/db/days-off';
import './days-off-editor.css';

/** The form's words kept as a draft until they are added, so closing the page loses nothing. */
const DRAFT_KEY = 'days-off';

interface DaysOffForm extends Record<string, string> {
  from: DayKey;
  to: DayKey;
  label: string;
}

function draft(): Partial<DaysOffForm> {
  try {
    const kept: unknown = JSON.parse(readDraft(DRAFT_KEY) ?? '{}');
    return typeof kept === 'object' && kept !== null ? (kept as Partial<DaysOffForm>) : {};
  } catch {
    return {};
  }
}

/** "Mon 21 Dec – Fri 1 Jan (12 days)", or "Wed 2 Dec" for a single day, in the language in force. */
export function describeRun(run: Pick<DaysOff, 'from' | 'to'>): string {
  if (run.from === run.to) return formatDayShort(run.from);
  const count = daysBetween(run.from, run.to) + 1;
  return t('planning:daysOff.run', { range: formatDayRange(run.from, run.to), count });
}

/** Days off: a holiday or a conference, marked ahead; upcoming ones listed, past ones folded away. */
export function DaysOffEditor() {
  const { t } = useTranslation('planning');
  const id = useId();
  const today = useToday();
  const runs = useLiveQuery(allDaysOff, []);
  const form = useFormFields<DaysOffForm>({ from: today, to: '', label: '' }, draft);
  const { error, run, clear } = useRunAndReport();
  const [added, setAdded] = useState(false);
  const offerUndo = useUndo();
  const comingUp = useRef<HTMLHeadingElement>(null);
  const { from, to, label } = form.values;

  function set(field: keyof DaysOffForm, value: string) {
    form.set(field, value);
    writeDraft(DRAFT_KEY, JSON.stringify({ ...form.edits, [field]: value }));
    clear();
    setAdded(false);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // A last day left empty means the first day alone.
    const added = await run(() => addDaysOff({ from, to: to || from, label }), t('daysOff.saveFailed'));
    if (!added) return;
    form.reset();
    clearDraft(DRAFT_KEY);
    setAdded(true);
    // The worker looks again: a prompt due on these days is not shown, the badge follows.
    tellWorker({ type: 'reschedule' });
  }

  async function remove(days: DaysOff, control: HTMLElement) {
    // Keyboard users keep their place: the next run's Remove, the one before, or the list's heading.
    const targets = [...nearbyControls(control), comingUp.current];
    await removeDaysOff(days.id);
    focusFirst(targets);
    tellWorker({ type: 'reschedule' });
    offerUndo(t('daysOff.removed', { when: describeRun(days) }), async () => {
      await restoreDaysOff(days);
      tellWorker({ type: 'reschedule' });
    });
  }

  const { upcoming, past } = splitDaysOff(runs ?? [], today);
  return (
    <section className="days-off" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('daysOff.heading')}</h2>
      <p className="hint">{t('daysOff.hint')}</p>
      <form className="days-off-form" onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('daysOff.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            className="input"
            value={from}
            onChange={(event) => set('from', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('daysOff.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            className="input"
            value={to}
            aria-describedby={`${id}-to-hint`}
            onChange={(event) => set('to', event.target.value)}
          />
          <span id={`${id}-to-hint`} className="hint">
            {t('daysOff.toHint')}
          </span>
        </div>
        <div className="field days-off-label">
          <label htmlFor={`${id}-label`}>{t('daysOff.label')}</label>
          <input
            id={`${id}-label`}
            className="input"
            value={label}
            maxLength={LIMITS.title}
            placeholder={t('daysOff.labelExample')}
            onChange={(event) => set('label', event.target.value)}
          />
        </div>
        <div className="days-off-actions">
          <button type="submit" className="button primary">
            {t('daysOff.submit')}
          </button>
          <span className="hint" role="status">
            {added ? t('daysOff.added') : ''}
          </span>
        </div>
        <ErrorAlert error={error} />
      </form>

      <h3 ref={comingUp} tabIndex={-1}>
        {t('daysOff.comingUp')}
      </h3>
      {runs === undefined ? null : upcoming.length === 0 ? (
        <p className="hint">{t('daysOff.none')}</p>
      ) : (
        <RunList runs={upcoming} today={today} onRemove={(days, control) => void remove(days, control)} />
      )}
      {past.length > 0 && (
        <details className="days-off-past">
          <summary>{t('daysOff.past', { number: past.length })}</summary>
          <RunList runs={past} today={today} onRemove={(days, control) => void remove(days, control)} />
        </details>
      )}
    </section>
  );
}

function RunList(props: {
  runs: DaysOff[];
  today: DayKey;
  onRemove: (days: DaysOff, control: HTMLElement) => void;
}) {
  const { t } = useTranslation('planning');
  return (
    <ul className="plain-list days-off-list">
      {props.runs.map((days) => {
        const when = describeRun(days);
        const now = days.from <= props.today && props.today <= days.to;
        return (
          <li key={days.id} className="days-off-run">
            <span>
              <strong>{when}</strong>
              {days.label && <span> · {days.label}</span>}
              {now && <span className="hint"> · {t('daysOff.today')}</span>}
            </span>
            <button
              type="button"
              className="button quiet danger small"
              data-row-action="remove"
              onClick={(event) => props.onRemove(days, event.currentTarget)}
            >
              {t('daysOff.remove')}
              <span className="visually-hidden"> {t('daysOff.which', { when })}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
