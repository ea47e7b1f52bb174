import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useId, useState } from 'react';
import { ErrorAlert } from '../ErrorAlert';
import { weekKeyStart, type DayKey, type WeekKey } from '../../lib/domain/days';
import { commitmentsBetween } from '../../lib/store/db/commitments';
import { activeGoals } from '../../lib/store/db/goals';
import { daysOffFrom } from '../../lib/store/db/days-off';
import { reviewsBetween } from '../../lib/store/db/reviews';
import { getVision } from '../../lib/store/db/vision';
import { getWeeklyReview, saveWeeklyReview, type WeeklyAnswers } from '../../lib/store/db/weekly-reviews';
import { describeError } from '../../lib/domain/errors';
import { formatDayShort } from '../../lib/domain/format';
import { weekByDay } from '../../lib/domain/insights/week-days';
import { weekSummary } from '../../lib/domain/insights/week-summary';
import { isLastWeek, weekDays } from '../../lib/domain/zoom-out-week';
import { obstacleLabel } from '../../lib/domain/obstacles';
import { LIMITS } from '../../lib/domain/validation';
import { TextField } from '../TextField';
import { useFieldAutosave } from '../use-field-autosave';
import { adoptLegacyWeeklyDraft } from './review-drafts';
import { GoalRatings } from './GoalRatings';
import { WeekNotes, WeekWellbeing } from './WeekByDay';
import { WeekVision } from './WeekVision';
import { useToday } from '../use-today';
import { tellWorkerReviewed } from '../tell-worker';
import './review.css';

async function loadWeek(week: WeekKey, today: DayKey) {
  const { monday, sunday } = weekDays(week)!;
  const [commitments, reviews, saved, vision, goals, daysOff] = await Promise.all([
    commitmentsBetween(monday, sunday),
    reviewsBetween(monday, sunday),
    getWeeklyReview(week),
    getVision(),
    activeGoals(),
    daysOffFrom(monday),
  ]);
  return {
    monday,
    sunday,
    summary: weekSummary(commitments, reviews, today),
    days: weekByDay(monday, reviews, today, daysOff),
    saved: saved ?? null,
    vision,
    goals,
  };
}

/**
 * The weekly zoom-out, a bird's eye view: the vision, each active goal rated for the week, the
 * week's completion and obstacles, energy and stress day by day, the daily notes; then wins,
 * patterns and next week's focus.
 */
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
  const unnamed = summary.missed - summary.obstacles.reduce((sum, o) => sum + o.count, 0);
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
      <section aria-labelledby={`${id}-vision`}>
        <h2 id={`${id}-vision`}>Your vision</h2>
        <WeekVision vision={props.vision} />
      </section>
      <section aria-labelledby={`${id}-goals`}>
        <h2 id={`${id}-goals`}>Your goals this week</h2>
        <GoalRatings week={props.week} goals={props.goals} ratings={props.saved?.goalRatings ?? []} />
      </section>
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
            <div>What got in the way</div>
            {summary.obstacles.length === 0 ? (
              <p className="hint">{summary.missed === 0 ? 'Nothing recorded.' : 'No obstacle named.'}</p>
            ) : (
              <ul className="obstacle-pattern">
                {summary.obstacles.map((o) => (
                  <li key={o.obstacle}>
                    {obstacleLabel(o.obstacle)}: stopped{' '}
                    {o.count === 1 ? '1 commitment' : `${o.count} commitments`}
                  </li>
                ))}
                {unnamed > 0 && <li className="hint">No obstacle named: {unnamed}</li>}
              </ul>
            )}
          </div>
        </div>
      </section>
      <section aria-labelledby={`${id}-days`}>
        <h2 id={`${id}-days`}>Day by day</h2>
        <WeekWellbeing days={props.days} />
        <WeekNotes days={props.days} />
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
