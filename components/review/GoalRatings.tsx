import { useId, useMemo } from 'react';
import { GOAL_RATING_WORDS, signedRating } from '../../lib/domain/insights/goal-ratings';
import { GOAL_RATINGS, type Goal, type GoalRating } from '../../lib/domain/types';
import type { WeekKey } from '../../lib/domain/days';
import { rateGoalForWeek } from '../../lib/store/db/weekly-reviews';
import { ErrorAlert } from '../ErrorAlert';
import { useOptimisticValues } from '../use-optimistic-values';
import { useRunAndReport } from '../use-run-and-report';
import { ScaleOptions } from './ScaleOptions';

const CHOICES = GOAL_RATINGS.map((value) => ({
  value,
  figure: signedRating(value),
  word: GOAL_RATING_WORDS[value],
}));

interface GoalRatingsProps {
  week: WeekKey;
  goals: readonly Goal[];
  /** The week's ratings as stored: another page's rating shows here as it lands. */
  ratings: readonly GoalRating[];
}

/**
 * Each active goal rated for the week, goal attainment scaling's −2 … +2 against what was expected:
 * a radio group per goal (arrow keys move and choose), saved as it is chosen, and cleared again.
 */
export function GoalRatings({ week, goals, ratings }: GoalRatingsProps) {
  const id = useId();
  const stored = useMemo(
    () => new Map<string, number | null>(ratings.map((r) => [r.goalId, r.rating])),
    [ratings],
  );
  const { valueOf, track } = useOptimisticValues(stored);
  const report = useRunAndReport();

  const rate = (goalId: string, rating: number | null) =>
    void report.run(() => track(goalId, rating, () => rateGoalForWeek(week, goalId, rating)));

  if (goals.length === 0) {
    return (
      <p className="hint">
        No active goals to rate. <a href="options.html#/goals">Set goals</a>.
      </p>
    );
  }
  return (
    <>
      <p className="hint">How did each goal go this week, against what you expected?</p>
      {goals.map((goal) => {
        const rating = valueOf(goal.id) ?? null;
        return (
          <fieldset key={goal.id} className="goal-rating">
            <legend>{goal.title}</legend>
            {goal.successMeasure?.trim() && <p className="hint">Expected: {goal.successMeasure}</p>}
            <ScaleOptions
              name={`${id}-${goal.id}`}
              choices={CHOICES}
              chosen={rating}
              onChoose={(value) => rate(goal.id, value)}
            />
            {rating !== null && (
              <button
                type="button"
                className="button quiet clear-rating"
                onClick={(event) => {
                  // The button goes with the rating: keep the keyboard in the goal's group.
                  event.currentTarget.closest('fieldset')?.querySelector('input')?.focus();
                  rate(goal.id, null);
                }}
              >
                Clear rating<span className="visually-hidden"> of {goal.title}</span>
              </button>
            )}
          </fieldset>
        );
      })}
      <ErrorAlert error={report.error} />
    </>
  );
}
