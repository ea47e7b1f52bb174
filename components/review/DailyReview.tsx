import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { carryTarget } from '../../lib/domain/carry';
import { weekday, type DayKey } from '../../lib/domain/days';
import { commitmentsForDay } from '../../lib/store/db/commitments';
import { addCustomObstacles, getProfile } from '../../lib/store/db/profile';
import { completeReview, getReview, saveReviewDraft } from '../../lib/store/db/reviews';
import { getRankings } from '../../lib/store/db/strengths';
import type { Commitment, ReviewOutcome } from '../../lib/domain/types';
import { describeError } from '../../lib/domain/errors';
import { formatDayLong, formatDayShort } from '../../lib/domain/format';
import { customObstacle } from '../../lib/domain/obstacles';
import { signatureStrengths } from '../../lib/domain/ranking';
import { reviewAnswers } from '../../lib/domain/review-answers';
import { reviewedWeek } from '../../lib/domain/zoom-out-week';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '../../lib/store/settings';
import type { Strength } from '../../lib/domain/strengths';
import { useStorageItem } from '../use-storage-item';
import { useToday } from '../use-today';
import { OutcomeFields } from './OutcomeFields';
import { ReflectionFields, type ReflectionChange } from './ReflectionFields';
import { tellWorkerReviewed } from '../tell-worker';
import { useFieldAutosave } from '../use-field-autosave';
import { adoptLegacyReviewDraft, readOtherWords, useOtherWords } from './review-drafts';
import {
  fromFields,
  outcomeField,
  strengthField,
  toChanges,
  toFields,
  type ReviewFields,
} from './review-fields';
import './review.css';

interface DailyReviewProps {
  day: DayKey;
  /** "How did today go?" for today, the day's name otherwise. */
  isToday: boolean;
  /** Where "Zoom out on your week" leads; omitted where the weekly review cannot open. */
  weeklyHref?: (week: string) => string;
  onClose?: () => void;
}

/** The end-of-day review of one day: what got done and in the way, then a short reflection. */
export function DailyReview(props: DailyReviewProps) {
  const commitments = useLiveQuery(() => commitmentsForDay(props.day), [props.day]);
  const review = useLiveQuery(() => getReview(props.day).then((r) => r ?? null), [props.day]);
  const rankings = useLiveQuery(getRankings, []);
  const profile = useLiveQuery(() => getProfile().then((p) => p ?? null), []);
  const settings = useStorageItem(settingsItem);
  if (commitments === undefined || review === undefined || !rankings || profile === undefined || !settings) {
    return null;
  }
  return (
    <ReviewFlow
      key={props.day}
      {...props}
      commitments={commitments.filter(
        (c) => c.status !== 'dropped' || review?.outcomes.some((o) => o.commitmentId === c.id),
      )}
      stored={toFields(reviewAnswers(review ?? undefined, commitments))}
      finished={Boolean(review?.completedAt) && !review?.skipped}
      signature={signatureStrengths(rankings)}
      customObstacles={profile?.customObstacles ?? []}
      settings={{ ...DEFAULT_SETTINGS, ...settings }}
    />
  );
}

interface FlowProps extends DailyReviewProps {
  commitments: Commitment[];
  /** The review as stored now, as fields (it follows what other pages save). */
  stored: ReviewFields;
  finished: boolean;
  signature: Strength[];
  customObstacles: string[];
  settings: Settings;
}

type Step = 'outcomes' | 'reflect' | 'done';

function ReviewFlow(props: FlowProps) {
  const { day, commitments } = props;
  const today = useToday();
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
  const heading = useRef<HTMLHeadingElement>(null);
  // Carried forward, never into the past: a review written days late carries to today.
  const target = carryTarget(day, today, props.settings.workdays);

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
      setError(`Mark each commitment done or not done: ${undecided.map((c) => `“${c.title}”`).join(', ')}.`);
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
        setError(`The review is not finished yet, and your words are kept here: ${unsaved}`);
        return;
      }
      // "Other" with the user's own words, typed here or in another page, becomes one of their
      // obstacles, offered next time.
      const words = readOtherWords(
        day,
        commitments.map((c) => c.id),
      );
      const wordsFor = (o: ReviewOutcome) =>
        o.status === 'not-done' && o.obstacle === 'other' ? (words[o.commitmentId]?.trim() ?? '') : '';
      const named = answers.outcomes.filter((o) => wordsFor(o) !== '');
      await addCustomObstacles(named.map(wordsFor));
      const outcomes = named.map((o) => ({ ...o, obstacle: customObstacle(wordsFor(o)) }));
      // Only what this page changed goes with it: the rest is read from the store as it is now.
      const saved = await completeReview(day, { outcomes }, { carryTo: target });
      fields.settle();
      forgetOtherWords(named.map((o) => o.commitmentId));
      setCarried(saved.carried);
      setStep('done');
      tellWorkerReviewed();
    } catch (failure) {
      setError(describeError(failure, 'The review could not be saved.'));
    }
  }

  const title = props.isToday ? 'How did today go?' : `How did ${formatDayLong(day)} go?`;
  const isWeeklyDay =
    props.settings.weeklyReviewDay !== null && weekday(day) === props.settings.weeklyReviewDay;
  const done = answers.outcomes.filter((o) => o.status === 'done').length;

  return (
    <div className="daily-review">
      <h1 className="review-title">{title}</h1>
      {step !== 'done' && (
        <p className="review-progress">
          Step {step === 'outcomes' ? 1 : 2} of {commitments.length === 0 ? 1 : 2}
          {props.finished && ' · editing a finished review'}
        </p>
      )}

      {step === 'outcomes' && (
        <section aria-labelledby="review-step">
          <h2 id="review-step" ref={heading} tabIndex={-1}>
            What got done, and what got in the way?
          </h2>
          {commitments.map((commitment) => (
            <OutcomeFields
              key={commitment.id}
              commitment={commitment}
              outcome={outcomeOf(commitment.id)}
              customObstacles={props.customObstacles}
              nextWorkday={target}
              onChange={setOutcome}
              otherText={otherText[commitment.id] ?? ''}
              onOtherText={(text) => setOtherText(commitment.id, text)}
            />
          ))}
          {(error || fields.error) && (
            <p className="error" role="alert">
              {error || fields.error}
            </p>
          )}
          <div className="review-nav">
            {props.onClose && (
              <button type="button" className="button quiet" onClick={close}>
                Later
              </button>
            )}
            <span className="spacer" />
            <button type="button" className="button primary" onClick={toReflect}>
              Continue
            </button>
          </div>
        </section>
      )}

      {step === 'reflect' && (
        <section aria-labelledby="review-step">
          <h2 id="review-step" ref={heading} tabIndex={-1}>
            {commitments.length === 0 ? 'Look back on the day' : 'Reflect'}
          </h2>
          <ReflectionFields answers={answers} signature={props.signature} onChange={reflect} />
          {(error || fields.error) && (
            <p className="error" role="alert">
              {error || fields.error}
            </p>
          )}
          <div className="review-nav">
            {commitments.length > 0 && (
              <button type="button" className="button quiet" onClick={() => setStep('outcomes')}>
                Back
              </button>
            )}
            {commitments.length === 0 && props.onClose && (
              <button type="button" className="button quiet" onClick={close}>
                Later
              </button>
            )}
            <span className="spacer" />
            <button type="button" className="button primary" onClick={() => void finish()}>
              {props.finished ? 'Save changes' : 'Finish review'}
            </button>
          </div>
        </section>
      )}

      {step === 'done' && (
        <section aria-labelledby="review-step" className="review-done">
          <h2 id="review-step" ref={heading} tabIndex={-1}>
            Review saved
          </h2>
          <p role="status">
            {commitments.length > 0 && `${done} of ${commitments.length} done. `}
            {carried > 0 && `${carried} carried to ${formatDayShort(target)}. `}
            Well done for closing the day.
          </p>
          <div className="review-nav">
            <button type="button" className="button" onClick={() => setStep('outcomes')}>
              Edit this review
            </button>
            {isWeeklyDay && props.weeklyHref && (
              <a className="button primary" href={props.weeklyHref(reviewedWeek(day))}>
                Zoom out on your week
              </a>
            )}
            {props.onClose && (
              <button type="button" className="button primary" onClick={close}>
                Back to today
              </button>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
