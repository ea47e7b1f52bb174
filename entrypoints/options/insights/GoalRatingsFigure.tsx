import { useTranslation } from 'react-i18next';
import type { Insights } from '../../../lib/domain/insights';
import {
  GOAL_RATING_WORDS,
  signedRating,
  type GoalRatingValue,
} from '../../../lib/domain/insights/goal-ratings';
import { ChartFigure } from './ChartFigure';
import type { chartConfigs } from './chart-configs';
import { ratedGoalName } from './labels';

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
  const { t } = useTranslation('insights');
  const goals = insights.goalRatings;
  if (goals.length === 0) return <p className="hint">{t('ratings.none')}</p>;
  const total = goals.reduce((sum, g) => sum + g.rated, 0);
  const perGoal = goals
    .map((g) => {
      const latest = [...g.perWeek].reverse().find((r) => r !== null);
      return t('ratings.perGoal', { title: g.title, count: g.rated, latest: spelled(latest!) });
    })
    .join('; ');
  const summary =
    total < FEW_RATINGS ? t('ratings.few', { count: total, perGoal }) : t('ratings.scale', { perGoal });
  return (
    <ChartFigure
      title={t('ratings.title')}
      summary={summary}
      config={config}
      table={{
        caption: t('ratings.caption'),
        headers: [t('table.week'), ...goals.map(ratedGoalName)],
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
