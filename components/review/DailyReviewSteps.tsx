import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayKey } from '../../lib/domain/days';
import { formatDayShort } from '../../lib/domain/format';
import type { ReviewAnswers } from '../../lib/domain/review-answers';
import type { ReviewRecap } from '../../lib/domain/review-recap';
import type { Strength } from '../../lib/domain/strengths';
import type { Commitment, ReviewOutcome } from '../../lib/domain/types';
import { i18n } from '../../lib/i18n';
import { ErrorAlert } from '../ErrorAlert';
import { OutcomeFields } from './OutcomeFields';
import { ReflectionFields, type ReflectionChange } from './ReflectionFields';
import { ReviewRecapList } from './ReviewRecapList';
import { StarDay } from './StarDay';

interface StepProps {
  heading: ReactNode;
  /** The heading takes focus as the step opens. */
  headingRef: Ref<HTMLHeadingElement>;
  className?: string;
  children: ReactNode;
  /** Shown above the buttons (the last step has none). */
  error?: string;
  /** The step's buttons. */
  nav: ReactNode;
}

/** One step of the daily review: its heading, its fields, what went wrong, and the way on. */
function Step({ heading, headingRef, className, children, error, nav }: StepProps) {
  return (
    <section aria-labelledby="review-step" className={className}>
      <h2 id="review-step" ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      {children}
      {error !== undefined && <ErrorAlert error={error} />}
      <div className="review-nav">{nav}</div>
    </section>
  );
}

function LaterButton({ onLater }: { onLater: () => void }) {
  const { t } = useTranslation('review', { i18n });
  return (
    <button type="button" className="button quiet" onClick={onLater}>
      {t('daily.later')}
    </button>
  );
}

interface OutcomesStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  error: string;
  commitments: Commitment[];
  outcomeOf: (id: string) => ReviewOutcome | undefined;
  customObstacles: string[];
  nextWorkday: DayKey;
  onOutcome: (outcome: ReviewOutcome) => void;
  /** The words typed for "Other", by commitment. */
  otherText: Record<string, string>;
  onOtherText: (commitmentId: string, text: string) => void;
  onLater?: () => void;
  onContinue: () => void;
}

/** Step 1: each commitment done or not, and what got in the way. */
export function OutcomesStep({
  headingRef,
  error,
  commitments,
  onLater,
  onContinue,
  ...fields
}: OutcomesStepProps) {
  const { t } = useTranslation('review', { i18n });
  return (
    <Step
      heading={t('daily.outcomesHeading')}
      headingRef={headingRef}
      error={error}
      nav={
        <>
          {onLater && <LaterButton onLater={onLater} />}
          <span className="spacer" />
          <button type="button" className="button primary" onClick={onContinue}>
            {t('daily.continue')}
          </button>
        </>
      }
    >
      {commitments.map((commitment) => (
        <OutcomeFields
          key={commitment.id}
          commitment={commitment}
          outcome={fields.outcomeOf(commitment.id)}
          customObstacles={fields.customObstacles}
          nextWorkday={fields.nextWorkday}
          onChange={fields.onOutcome}
          otherText={fields.otherText[commitment.id] ?? ''}
          onOtherText={(text) => fields.onOtherText(commitment.id, text)}
        />
      ))}
    </Step>
  );
}

interface ReflectStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  error: string;
  /** The day had no commitments: this is the only step. */
  only: boolean;
  answers: ReviewAnswers;
  signature: Strength[];
  onChange: (change: ReflectionChange) => void;
  onBack?: () => void;
  onLater?: () => void;
  finishLabel: string;
  onFinish: () => void;
}

/** Step 2 (the only one on a day without commitments): a short reflection, then finish. */
export function ReflectStep(props: ReflectStepProps) {
  const { headingRef, onBack, onLater } = props;
  const { t } = useTranslation('review', { i18n });
  return (
    <Step
      heading={props.only ? t('daily.lookBackHeading') : t('daily.reflectHeading')}
      headingRef={headingRef}
      error={props.error}
      nav={
        <>
          {onBack && (
            <button type="button" className="button quiet" onClick={onBack}>
              {t('daily.back')}
            </button>
          )}
          {onLater && <LaterButton onLater={onLater} />}
          <span className="spacer" />
          <button type="button" className="button primary" onClick={props.onFinish}>
            {props.finishLabel}
          </button>
        </>
      }
    >
      <ReflectionFields answers={props.answers} signature={props.signature} onChange={props.onChange} />
    </Step>
  );
}

interface DoneStepProps {
  headingRef: Ref<HTMLHeadingElement>;
  done: number;
  total: number;
  carried: number;
  carriedTo: DayKey;
  /** What the review came to, once it is finished here. */
  recap: ReviewRecap | null;
  /** Where "Zoom out on your week" leads, on the weekly review's day. */
  weeklyHref?: string;
  /** Offers to turn what got in the way into a plan, for what was carried on. */
  offers?: ReactNode;
  onEdit: () => void;
  onBack?: () => void;
  /** The reviewed day, which the leader may star to bring to their coach. */
  day: DayKey;
}

/** Saved: how the day went in a line, and where to go next. */
export function DoneStep({
  day,
  headingRef,
  done,
  total,
  carried,
  carriedTo,
  recap,
  weeklyHref,
  offers,
  onEdit,
  onBack,
}: DoneStepProps) {
  const { t } = useTranslation('review', { i18n });
  return (
    <Step
      heading={t('daily.doneHeading')}
      headingRef={headingRef}
      className="review-done"
      nav={
        <>
          <button type="button" className="button" onClick={onEdit}>
            {t('daily.edit')}
          </button>
          {weeklyHref && (
            <a className="button primary" href={weeklyHref}>
              {t('daily.zoomOut')}
            </a>
          )}
          {onBack && (
            <button type="button" className="button primary" onClick={onBack}>
              {t('daily.backToToday')}
            </button>
          )}
        </>
      }
    >
      <p role="status">
        {total > 0 && `${t('daily.doneCount', { count: done, total })} `}
        {carried > 0 && `${t('daily.carriedCount', { count: carried, day: formatDayShort(carriedTo) })} `}
        {t('daily.wellDone')}
      </p>
      {offers}
      {recap && <ReviewRecapList recap={recap} />}
      <StarDay day={day} />
    </Step>
  );
}
