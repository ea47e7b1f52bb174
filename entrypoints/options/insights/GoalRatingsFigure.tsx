import type { Insights } from '../../../lib/domain/insights';
import {
  GOAL_RATING_WORDS,
  signedRating,
  type GoalRatingValue,
} from '../../../lib/domain/insights/goal-ratings';
import { ChartFigure } from './ChartFigure';
import type { chartConfigs } from './chart-configs';
import { counted, ratedGoalName } from './labels';

/** Fewer ratings than this in all, and the page says a trend cannot be read from them yet. */
const FEW_RATINGS = 3;

const spelled = (rating: number) =>
  `${signedRating(rating)} (${GOAL_RATING_WORDS[rating as GoalRatingValue]})`;

/** Each goal's rating week by week, as the weekly zoom-outs recorded it, with honest words when few. */
export function GoalRatingsFigure({
  insights,
  config,
}: {
  insights: Insights;
  config: ReturnType<typeof chartConfigs>['goalRatings'];
}) {
  const goals = insights.goalRatings;
  if (goals.length === 0) {
    return (
      <p className="hint">
        No goal rated in this period. The weekly zoom-out asks how each goal went against what you expected.
      </p>
    );
  }
  const total = goals.reduce((sum, g) => sum + g.rated, 0);
  const perGoal = goals
    .map((g) => {
      const latest = [...g.perWeek].reverse().find((r) => r !== null);
      return `${g.title}: ${counted(g.rated, 'week')} rated, latest ${spelled(latest!)}`;
    })
    .join('; ');
  const summary =
    total < FEW_RATINGS
      ? `Only ${counted(total, 'rating')} so far: too few to read a trend. ${perGoal}.`
      : `${perGoal}. From −2 (much less than expected) to +2 (much more); weeks not rated are gaps.`;
  return (
    <ChartFigure
      title="Goals as you rated them"
      summary={summary}
      config={config}
      table={{
        caption: 'Goal ratings per week, −2 to +2',
        headers: ['Week', ...goals.map(ratedGoalName)],
        rows: insights.weekLabels.map((label, i) => [
          label,
          ...goals.map((g) => {
            const rating = g.perWeek[i];
            return rating === null || rating === undefined ? '–' : signedRating(rating);
          }),
        ]),
      }}
    />
  );
}
