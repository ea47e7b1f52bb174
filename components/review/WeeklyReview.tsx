import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useId, useState } from 'react';
import { weekKeyStart, type DayKey, type WeekKey } from '../../lib/days';
import { commitmentsBetween } from '../../lib/db/commitments';
import { reviewsBetween } from '../../lib/db/reviews';
import { getWeeklyReview, saveWeeklyReview, type WeeklyAnswers } from '../../lib/db/weekly-reviews';
import { describeError } from '../../lib/errors';
import { formatDayShort } from '../../lib/format';
import { weekSummary } from '../../lib/insights/week';
import { isLastWeek, weekDays } from '../../lib/review-week';
import { obstacleLabel } from '../../lib/obstacles';
import { LIMITS } from '../../lib/validation';
import { TextField } from '../TextField';
import { useAutosave } from '../use-autosave';
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

/** The three answers from their draft text, or `fallback` for a draft that is not theirs. */
function parseAnswers(text: string, fallback: WeeklyAnswers): WeeklyAnswers {
  try {
    const { wins, patterns, nextWeekFocus } = JSON.parse(text) as Partial<WeeklyAnswers>;
    if ([wins, patterns, nextWeekFocus].every((value) => typeof value === 'string')) {
      return { wins: wins!, patterns: patterns!, nextWeekFocus: nextWeekFocus! };
    }
  } catch {
    // Not JSON: a draft from something else.
  }
  return fallback;
}

function WeeklyForm(props: { week: WeekKey } & Awaited<ReturnType<typeof loadWeek>>) {
  const id = useId();
  const today = useToday();
  const [saved] = useState<WeeklyAnswers>(() => ({
    wins: props.saved?.wins ?? '',
    patterns: props.saved?.patterns ?? '',
    nextWeekFocus: props.saved?.nextWeekFocus ?? '',
  }));
  // The answers autosave as one draft: kept synchronously on every keystroke and saved when typing
  // stops, the page is hidden or closed, so a popup closed mid-sentence loses nothing.
  const save = useCallback(
    (text: string) => saveWeeklyReview(props.week, parseAnswers(text, saved), false),
    [props.week, saved],
  );
  const draft = useAutosave(`weekly.${props.week}`, JSON.stringify(saved), save);
  const answers = parseAnswers(draft.value, saved);
  const [status, setStatus] = useState(props.saved?.completedAt ? 'Saved.' : '');
  const [error, setError] = useState('');

  function change(next: WeeklyAnswers) {
    draft.onChange(JSON.stringify(next));
    setStatus('');
  }

  async function finish() {
    try {
      await draft.flush();
      await saveWeeklyReview(props.week, answers, true);
      setError('');
      setStatus('Weekly review saved.');
      tellWorkerReviewed();
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  const { summary } = props;
  const shownError = error || (draft.state.kind === 'error' ? draft.state.message : '');
  // Reviewed early in the week after it (lib/review-week), "next week" is the one under way.
  const focusWeek = isLastWeek(props.week, today) ? 'This week' : 'Next week';
  const field = (key: keyof WeeklyAnswers, label: string, hint: string) => (
    <TextField
      label={label}
      hint={hint}
      multiline
      rows={3}
      maxLength={LIMITS.statement}
      value={answers[key]}
      onChange={(text) => change({ ...answers, [key]: text })}
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
        {shownError && (
          <p className="error" role="alert">
            {shownError}
          </p>
        )}
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
