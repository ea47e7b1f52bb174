/** What got in the way: by frequency, and week by week. */
import type { DailyReview } from '../types';
import type { WeekKey } from '../days';
import { countObstacles, type ObstacleCount } from './week-summary';
import { weekOf } from './iso-weeks';

export { countObstacles, type ObstacleCount };

export interface ObstacleWeek {
  week: WeekKey;
  /** Count per obstacle for the obstacles asked about; the rest summed under "other". */
  counts: Record<string, number>;
  /** Written reviews that week: with none, nothing was recorded, which the charts show as a gap. */
  reviews: number;
}

/** For each week, how often each of `obstacles` got in the way; anything else counts as `rest`. */
export function obstacleTrend(
  reviews: readonly DailyReview[],
  weeks: readonly WeekKey[],
  obstacles: readonly string[],
): ObstacleWeek[] {
  const rows = new Map(
    weeks.map((week) => [
      week,
      { counts: Object.fromEntries([...obstacles, 'rest'].map((o) => [o, 0])), reviews: 0 },
    ]),
  );
  for (const review of reviews) {
    const week = rows.get(weekOf(review.day));
    if (!week) continue;
    week.reviews += 1;
    const row = week.counts;
    for (const outcome of review.outcomes) {
      if (outcome.status !== 'not-done' || !outcome.obstacle) continue;
      const key = obstacles.includes(outcome.obstacle) ? outcome.obstacle : 'rest';
      row[key]! += 1;
    }
  }
  return [...rows].map(([week, { counts, reviews }]) => ({ week, counts, reviews }));
}
