import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { carryTarget } from '../../lib/domain/carry';
import { weekday } from '../../lib/domain/days';
import { describeError } from '../../lib/domain/errors';
import { formatDayLong } from '../../lib/domain/format';
import type { Strength } from '../../lib/domain/strengths';
import { i18n, intlLocale } from '../../lib/i18n';
import type { Commitment, ReviewOutcome } from '../../lib/domain/types';
import { reviewRecap, type ReviewRecap } from '../../lib/domain/review-recap';
import { reviewedWeek } from '../../lib/domain/zoom-out-week';
import { saveReviewDraft } from '../../lib/store/db/reviews';
import { planOffersAfterReview } from '../../lib/store/plan-offers';
import type { Settings } from '../../lib/domain/settings';
import type { WorkdayRule } from '../../lib/domain/workdays';
import { PlanOffers } from '../PlanOffers';
import { tellWorkerReviewed } from '../tell-worker';
import { useFieldAutosave } from '../use-field-autosave';
import { useToday } from '../use-today';
import type { DailyReviewProps } from './DailyReview';
import { DoneStep, OutcomesStep, ReflectStep } from './DailyReviewSteps';
import { finishDailyReview } from './finish-daily-review';
import type { ReflectionChange } from './ReflectionFields';
import { adoptLegacyReviewDraft, useOtherWords } from './review-drafts';
import { fromFields, outcomeField, strengthField, toChanges, type ReviewFields } from './review-fields';

interface FlowProps extends DailyReviewProps {
  commitments: Commitment[];
  /** The review as stored now, as fields (it follows what other pages save). */
  stored: ReviewFields;
  finished: boolean;
  signature: Strength[];
  customObstacles: string[];
  /** The settings, with the days off from the reviewed day on (where carry may not send anything). */
  settings: Settings & Pick<WorkdayRule, 'daysOff'>;
}

type Step = 'outcomes' | 'reflect' | 'done';

/** The review's steps, with its answers saved as they are given. */
export function ReviewFlow(props: FlowProps) {
  const { day, commitments } = props;
  const today = useToday();
  const { t } = useTranslation('review', { i18n });
  const draftKey = `review.${day}`;
  // A draft kept by an older Flourish (the whole review in one) is taken over field by field.
  useState(() => adoptLegacyReviewDraft(day, props.stored));
  const save = useCallback(
    (changes: Partial<ReviewFields>) => saveReviewDraft(day, toChanges(changes)),
    [day],
  );
  const fields = useFieldAutosave(draftKey, props.stored, save);
  const answers = fromFields(fields.values);
  const [otherText, setOtherText, forgetOtherWords] = useOtherWords(
    day,
    commitments.map((c) => c.id),
  );
  const [step, setStep] = useState<Step>(commitments.length === 0 ? 'reflect' : 'outcomes');
  const [error, setError] = useState('');
  const [carried, setCarried] = useState(0);
  const [recap, setRecap] = useState<ReviewRecap | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Carried forward, never into the past: a review written days late carries to today.
  const target = carryTarget(day, today, props.settings);
  // Once finished, what was carried on may be worth a plan (lib/domain/plan-offer).
  const offers = useLiveQuery(() => (step === 'done' ? planOffersAfterReview(day) : []), [step, day]);

  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  // Read by `npm run bench`: the popup opened on a waiting review is ready here.
  useEffect(() => {
    performance.mark('flourish:ready');
  }, []);

  function reflect(change: ReflectionChange) {
    if (change.field === 'strength') fields.change(strengthField(change.strengthId), change.used);
    else fields.change(change.field, change.value);
    setError('');
  }

  function close() {
    void fields.flush();
    props.onClose?.();
  }

  function setOutcome(outcome: ReviewOutcome) {
    // Words typed for "Other" belong to that choice: picking another obstacle, or Done, lets them go.
    const keepWords = outcome.status === 'not-done' && outcome.obstacle === 'other';
    if (!keepWords) setOtherText(outcome.commitmentId, null);
    fields.change(outcomeField(outcome.commitmentId), outcome);
    setError('');
  }

  const outcomeOf = (id: string) => answers.outcomes.find((o) => o.commitmentId === id);

  function toReflect() {
    const undecided = commitments.filter((c) => !outcomeOf(c.id));
    if (undecided.length > 0) {
      const titles = new Intl.ListFormat(intlLocale(), { type: 'unit', style: 'short' }).format(
        undecided.map((c) => t('daily.quoted', { title: c.title })),
      );
      setError(t('daily.undecided', { titles }));
      return;
    }
    setStep('reflect');
  }

  async function finish() {
    try {
      // A save still waiting would land after the finished review and undo its "Other" words; one
      // that failed must not be finished past, or its words would go with the draft.
      const unsaved = await fields.flush();
      if (unsaved !== null) {
        setError(t('daily.unsaved', { reason: unsaved }));
        return;
      }
      const ids = commitments.map((c) => c.id);
      const finished = await finishDailyReview(day, ids, answers.outcomes, target);
      fields.settle();
      forgetOtherWords(finished.named);
      setCarried(finished.carried);
      setRecap(reviewRecap(commitments, finished.outcomes, answers.tomorrowFocus));
      setStep('done');
      tellWorkerReviewed();
    } catch (failure) {
      setError(describeError(failure, t('daily.notSaved')));
    }
  }

  const title = props.isToday ? t('daily.titleToday') : t('daily.titleDay', { day: formatDayLong(day) });
  const isWeeklyDay =
    props.settings.weeklyReviewDay !== null && weekday(day) === props.settings.weeklyReviewDay;
  const done = answers.outcomes.filter((o) => o.status === 'done').length;
  const shownError = error || fields.error;
  const only = commitments.length === 0;

  return (
    <div className="daily-review">
      <h1 className="review-title">{title}</h1>
      {step !== 'done' && (
        <p className="review-progress">
          {t(props.finished ? 'daily.progressEditing' : 'daily.progress', {
            // A day without commitments has only the reflection: it is step 1 of 1, not 2 of 1.
            step: step === 'outcomes' || only ? 1 : 2,
            total: only ? 1 : 2,
          })}
        </p>
      )}

      {step === 'outcomes' && (
        <OutcomesStep
          headingRef={heading}
          error={shownError}
          commitments={commitments}
          outcomeOf={outcomeOf}
          customObstacles={props.customObstacles}
          nextWorkday={target}
          onOutcome={setOutcome}
          otherText={otherText}
          onOtherText={setOtherText}
          onLater={props.onClose && close}
          onContinue={toReflect}
        />
      )}

      {step === 'reflect' && (
        <ReflectStep
          headingRef={heading}
          error={shownError}
          only={only}
          answers={answers}
          signature={props.signature}
          onChange={reflect}
          onBack={only ? undefined : () => setStep('outcomes')}
          onLater={only && props.onClose ? close : undefined}
          finishLabel={props.finished ? t('daily.saveChanges') : t('daily.finish')}
          onFinish={() => void finish()}
        />
      )}

      {step === 'done' && (
        <DoneStep
          day={day}
          headingRef={heading}
          done={done}
          total={commitments.length}
          carried={carried}
          carriedTo={target}
          recap={recap}
          weeklyHref={isWeeklyDay ? props.weeklyHref?.(reviewedWeek(day)) : undefined}
          offers={<PlanOffers offers={offers} today={today} headingLevel={3} open />}
          onEdit={() => setStep('outcomes')}
          onBack={props.onClose && close}
        />
      )}
    </div>
  );
}
