import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment, ReviewOutcome } from '../../lib/domain/types';
import { formatDayShort } from '../../lib/domain/format';
import { OBSTACLES, customObstacle, obstacleLabel } from '../../lib/domain/obstacles';
import { LIMITS } from '../../lib/domain/validation';
import { i18n } from '../../lib/i18n';
import { CharacterCount } from '../CharacterCount';
import { IfThenLine } from '../IfThenLine';

interface OutcomeFieldsProps {
  commitment: Commitment;
  outcome: ReviewOutcome | undefined;
  /** The user's own obstacle words, offered beside the built-in ones. */
  customObstacles: string[];
  nextWorkday: string;
  onChange: (outcome: ReviewOutcome) => void;
  /** Text typed for "Other", kept until the review is finished. */
  otherText: string;
  onOtherText: (text: string) => void;
}

/** One commitment in the review: done or not; if not, what got in the way and what happens next. */
export function OutcomeFields(props: OutcomeFieldsProps) {
  const { commitment, outcome } = props;
  const id = useId();
  const { t } = useTranslation('review', { i18n });
  const base: ReviewOutcome = outcome ?? { commitmentId: commitment.id, status: 'not-done' };
  const set = (changes: Partial<ReviewOutcome>) => props.onChange({ ...base, ...changes });
  const obstacleOptions = [
    ...OBSTACLES.filter((o) => o.id !== 'other').map((o) => ({
      value: o.id as string,
      label: obstacleLabel(o.id),
    })),
    ...props.customObstacles.map((label) => ({ value: customObstacle(label), label })),
    { value: 'other', label: t('outcome.other') },
  ];
  const carried = outcome?.carriedTo;

  return (
    <fieldset className={`outcome status-${outcome?.status ?? 'undecided'}`}>
      <legend>{commitment.title}</legend>
      {commitment.ifThen && <IfThenLine plan={commitment.ifThen} />}
      <div
        className="segmented"
        role="radiogroup"
        aria-label={t('outcome.didYou', { title: commitment.title })}
      >
        <label>
          <input
            type="radio"
            name={`${id}-status`}
            checked={outcome?.status === 'done'}
            onChange={() =>
              // Keeps the record of a carry already made, drops the obstacle and decision.
              props.onChange({
                commitmentId: commitment.id,
                status: 'done',
                ...(base.carriedTo && { carriedTo: base.carriedTo }),
              })
            }
          />
          {t('outcome.done')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-status`}
            checked={outcome?.status === 'not-done'}
            onChange={() => set({ status: 'not-done', decision: base.decision ?? 'carry' })}
          />
          {t('outcome.notDone')}
        </label>
      </div>

      {outcome?.status === 'not-done' && (
        <div className="not-done">
          <fieldset className="obstacles">
            <legend>{t('outcome.inTheWay')}</legend>
            <div className="chip-radios">
              {obstacleOptions.map((option) => (
                <label key={option.value} className="chip-radio">
                  <input
                    type="radio"
                    name={`${id}-obstacle`}
                    checked={outcome.obstacle === option.value}
                    onChange={() => set({ obstacle: option.value })}
                  />
                  {option.label}
                </label>
              ))}
            </div>
            {outcome.obstacle === 'other' && (
              <div className="field other-obstacle">
                <label htmlFor={`${id}-other`}>{t('outcome.inYourWords')}</label>
                <input
                  id={`${id}-other`}
                  className="input"
                  value={props.otherText}
                  maxLength={60}
                  placeholder={t('outcome.savedForNextTime')}
                  onChange={(event) => props.onOtherText(event.target.value)}
                />
              </div>
            )}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('outcome.note')}</label>
            <input
              id={`${id}-note`}
              className="input"
              value={outcome.note ?? ''}
              maxLength={LIMITS.statement}
              aria-describedby={`${id}-note-count`}
              onChange={(event) => set({ note: event.target.value })}
            />
            <CharacterCount
              id={`${id}-note-count`}
              length={outcome.note?.length ?? 0}
              max={LIMITS.statement}
            />
          </div>
          {carried ? (
            <p className="hint">{t('outcome.carriedTo', { day: formatDayShort(carried) })}</p>
          ) : (
            <fieldset className="decision">
              <legend>{t('outcome.whatNow')}</legend>
              <div className="chip-radios">
                <label className="chip-radio">
                  <input
                    type="radio"
                    name={`${id}-decision`}
                    checked={(outcome.decision ?? 'carry') === 'carry'}
                    onChange={() => set({ decision: 'carry' })}
                  />
                  {t('outcome.carryTo', { day: formatDayShort(props.nextWorkday) })}
                </label>
                <label className="chip-radio">
                  <input
                    type="radio"
                    name={`${id}-decision`}
                    checked={outcome.decision === 'move'}
                    onChange={() => set({ decision: 'move' })}
                  />
                  {t('outcome.moveToADay')}
                </label>
                <label className="chip-radio">
                  <input
                    type="radio"
                    name={`${id}-decision`}
                    checked={outcome.decision === 'drop'}
                    onChange={() => set({ decision: 'drop' })}
                  />
                  {t('outcome.drop')}
                </label>
              </div>
              {outcome.decision === 'move' && (
                <div className="field move-to">
                  <label htmlFor={`${id}-move`}>{t('outcome.moveTo')}</label>
                  <input
                    id={`${id}-move`}
                    type="date"
                    className="input"
                    min={props.nextWorkday}
                    value={outcome.moveTo ?? ''}
                    onChange={(event) => set({ moveTo: event.target.value || undefined })}
                  />
                </div>
              )}
            </fieldset>
          )}
        </div>
      )}
    </fieldset>
  );
}
