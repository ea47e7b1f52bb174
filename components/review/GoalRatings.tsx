import { useId, useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { signedRating, type GoalRatingValue } from '../../lib/domain/insights/goal-ratings';
import { GOAL_RATINGS, type Goal, type GoalRating } from '../../lib/domain/types';
import type { WeekKey } from '../../lib/domain/days';
import { i18n } from '../../lib/i18n';
import { rateGoalForWeek } from '../../lib/store/db/weekly-reviews';
import { ErrorAlert } from '../ErrorAlert';
import { useOptimisticValues } from '../use-optimistic-values';
import { useRunAndReport } from '../use-run-and-report';
import { ScaleOptions } from './ScaleOptions';

/** Goal attainment scaling's −2 … +2, each a figure over its words, in the language in force. */
function useRatingChoices() {
  const { t } = useTranslation('review', { i18n });
  const words: Record<GoalRatingValue, string> = {
    [-2]: t('rating.muchLess'),
    [-1]: t('rating.less'),
    0: t('rating.asExpected'),
    1: t('rating.more'),
    2: t('rating.muchMore'),
  };
  return GOAL_RATINGS.map((value) => ({ value, figure: signedRating(value), word: words[value] }));
}

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
  const { t } = useTranslation('review', { i18n });
  const choices = useRatingChoices();
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
        <Trans
          t={t}
          i18n={i18n}
          i18nKey="goals.none"
          components={{ write: <a href="options.html#/goals" /> }}
        />
      </p>
    );
  }
  return (
    <>
      <p className="hint">{t('goals.prompt')}</p>
      {goals.map((goal) => {
        const rating = valueOf(goal.id) ?? null;
        return (
          <fieldset key={goal.id} className="goal-rating">
            <legend>{goal.title}</legend>
            {goal.successMeasure?.trim() && (
              <p className="hint">{t('goals.expected', { measure: goal.successMeasure })}</p>
            )}
            <ScaleOptions
              name={`${id}-${goal.id}`}
              choices={choices}
              chosen={rating}
              onChoose={(value) => rate(goal.id, value)}
            />
            {rating !== null && (
              <button
                type="button"
                className="button quiet clear-rating"
                aria-label={t('goals.clearOf', { goal: goal.title })}
                onClick={(event) => {
                  // The button goes with the rating: keep the keyboard in the goal's group.
                  event.currentTarget.closest('fieldset')?.querySelector('input')?.focus();
                  rate(goal.id, null);
                }}
              >
                {t('goals.clear')}
              </button>
            )}
          </fieldset>
        );
      })}
      <ErrorAlert error={report.error} />
    </>
  );
}
