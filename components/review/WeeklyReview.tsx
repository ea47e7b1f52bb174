import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useId, useState } from 'react';
import { ErrorAlert } from '../ErrorAlert';
import { weekKeyStart, type DayKey, type WeekKey } from '../../lib/domain/days';
import { commitmentsBetween } from '../../lib/store/db/commitments';
import { reviewsBetween } from '../../lib/store/db/reviews';
import { getWeeklyReview, saveWeeklyReview, type WeeklyAnswers } from '../../lib/store/db/weekly-reviews';
import { describeError } from '../../lib/domain/errors';
import { formatDayShort } from '../../lib/domain/format';
import { weekSummary } from '../../lib/domain/insights/week-summary';
import { isLastWeek, weekDays } from '../../lib/domain/zoom-out-week';
import { obstacleLabel } from '../../lib/domain/obstacles';
import { LIMITS } from '../../lib/domain/validation';
import { TextField } from '../TextField';
import { useFieldAutosave } from '../use-field-autosave';
import { adoptLegacyWeeklyDraft } from './review-drafts';
import { useToday } from '../use-today';
import { tellWorkerReviewed } from '../tell-worker';
import './review.css';

async function loadWeek(week: WeekKey, today: DayKey) {
  const { monday, sunday } = weekDays(week)!;
  const [commitments, reviews, saved] = await Promise.all([
    commitmentsBetween(monday, sunday),
    reviewsBetween(monday, sunday),
    getWeeklyReview(week),
  ]);
  return { monday, sunday, summary: weekSummary(commitments, reviews, today), saved: saved ?? null };
}

/** The weekly zoom-out: the week's completion and obstacles, then wins, patterns and next week's focus. */
export function WeeklyReview({ week }: { week: WeekKey }) {
  const today = useToday();
  const data = useLiveQuery(
    () => (weekKeyStart(week) ? loadWeek(week, today) : Promise.resolve(null)),
    [week, today],
  );
  if (data === undefined) return null;
  if (data === null) {
    return (
      <p className="error" role="alert">
        “{week}” is not a week Flourish can show.
      </p>
    );
  }
  return <WeeklyForm key={week} week={week} {...data} />;
}

function WeeklyForm(props: { week: WeekKey } & Awaited<ReturnType<typeof loadWeek>>) {
  const id = useId();
  const today = useToday();
  const stored: WeeklyAnswers = {
    wins: props.saved?.wins ?? '',
    patterns: props.saved?.patterns ?? '',
    nextWeekFocus: props.saved?.nextWeekFocus ?? '',
  };
  const draftKey = `weekly.${props.week}`;
  // A draft kept by an older Flourish (the three answers in one) is taken over field by field.
  useState(() => adoptLegacyWeeklyDraft(draftKey, stored));
  // Each answer saves itself: kept synchronously on every keystroke and saved when typing stops, the
  // page is hidden or closed, so a popup closed mid-sentence loses nothing; only changed answers go.
  const save = useCallback(
    (changes: Partial<WeeklyAnswers>) => saveWeeklyReview(props.week, changes, false),
    [props.week],
  );
  const fields = useFieldAutosave(draftKey, stored, save);
  const answers = fields.values;
  const [status, setStatus] = useState(props.saved?.completedAt ? 'Saved.' : '');
  const [error, setError] = useState('');

  function change(field: keyof WeeklyAnswers, text: string) {
    fields.change(field, text);
    setStatus('');
  }

  async function finish() {
    try {
      const unsaved = await fields.flush();
      if (unsaved !== null) {
        setError(`The weekly review is not saved yet, and your words are kept here: ${unsaved}`);
        return;
      }
      await saveWeeklyReview(props.week, {}, true);
      fields.settle();
      setError('');
      setStatus('Weekly review saved.');
      tellWorkerReviewed();
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  const { summary } = props;
  const shownError = error || fields.error;
  // Reviewed early in the week after it (lib/domain/zoom-out-week), "next week" is the one under way.
  const focusWeek = isLastWeek(props.week, today) ? 'This week' : 'Next week';
  const field = (key: keyof WeeklyAnswers, label: string, hint: string) => (
    <TextField
      label={label}
      hint={hint}
      multiline
      rows={3}
      maxLength={LIMITS.statement}
      value={answers[key]}
      onChange={(text) => change(key, text)}
    />
  );

  return (
    <div className="weekly-review">
      <h1 className="review-title">Your week, from above</h1>
      <p className="review-progress">
        {formatDayShort(props.monday)} to {formatDayShort(props.sunday)}
      </p>
      <section aria-labelledby={`${id}-figures`}>
        <h2 id={`${id}-figures`}>The week in numbers</h2>
        <div className="week-figures">
          <div className="week-figure">
            <div className="big">
              {summary.completion === null ? '–' : `${Math.round(summary.completion * 100)}%`}
            </div>
            <div>
              {summary.total === 0
                ? 'No commitments this week'
                : `${summary.done} of ${summary.total} commitments done`}
            </div>
          </div>
          <div className="week-figure">
            <div>What got in the way most</div>
            {summary.topObstacles.length === 0 ? (
              <p className="hint">Nothing recorded.</p>
            ) : (
              <ol>
                {summary.topObstacles.map((o) => (
                  <li key={o.obstacle}>
                    {obstacleLabel(o.obstacle)} ({o.count})
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      </section>
      <section aria-labelledby={`${id}-write`}>
        <h2 id={`${id}-write`}>Zoom out</h2>
        {field('wins', 'Wins', 'What are you proud of this week?')}
        {field('patterns', 'What I notice', 'Patterns in what got done and what got in the way.')}
        {field(
          'nextWeekFocus',
          `${focusWeek}’s focus`,
          `The one or two things that matter most ${focusWeek.toLowerCase()}.`,
        )}
        <ErrorAlert error={shownError} />
        <div className="review-nav">
          <button type="button" className="button primary" onClick={() => void finish()}>
            Save weekly review
          </button>
          <span role="status" className="hint">
            {status}
          </span>
        </div>
      </section>
    </div>
  );
}
