/**
 * Goal attainment over time: each goal's rating (−2 … +2) week by week, as the weekly zoom-outs
 * recorded it. A week without a rating is a gap (null), never a zero: 0 means "as expected".
 */
import { GOAL_RATINGS, type Goal, type GoalStatus, type WeeklyReview } from '../types';
import type { WeekKey } from '../days';
import { t } from '../../i18n';

export type GoalRatingValue = (typeof GOAL_RATINGS)[number];

/** Goal attainment scaling's words for each rating, in the language in force when read. */
export const GOAL_RATING_WORDS: Readonly<Record<GoalRatingValue, string>> = {
  get [-2]() {
    return t('insights:ratings.muchLess');
  },
  get [-1]() {
    return t('insights:ratings.less');
  },
  get 0() {
    return t('insights:ratings.asExpected');
  },
  get 1() {
    return t('insights:ratings.more');
  },
  get 2() {
    return t('insights:ratings.muchMore');
  },
};

/** A rating as a signed figure: "−2", "−1", "0", "+1", "+2". */
export function signedRating(rating: number): string {
  return rating > 0 ? `+${rating}` : rating < 0 ? `−${-rating}` : '0';
}

/** How a goal no longer stored is named where its past ratings are shown. */
export const removedGoalTitle = (): string => t('insights:goals.removed');

export interface GoalRatingHistory {
  goalId: string;
  title: string;
  /** The goal's status now; null when the goal has since been deleted. */
  status: GoalStatus | null;
  /** The rating of each week, in the order of the weeks given; null where the week has none. */
  perWeek: (number | null)[];
  /** How many of the weeks have a rating. */
  rated: number;
}

/**
 * Every goal rated in at least one of `weeks`, active or not, in the order of `goals` (the leader's
 * order); goals since removed come last, in the order first rated.
 */
export function goalRatingHistory(
  weeklyReviews: readonly WeeklyReview[],
  goals: readonly Goal[],
  weeks: readonly WeekKey[],
): GoalRatingHistory[] {
  const index = new Map(weeks.map((week, i) => [week, i]));
  const rows = new Map<string, (number | null)[]>();
  for (const review of [...weeklyReviews].sort((a, b) => (a.week < b.week ? -1 : 1))) {
    const i = index.get(review.week);
    if (i === undefined) continue;
    for (const { goalId, rating } of review.goalRatings ?? []) {
      const perWeek = rows.get(goalId) ?? weeks.map(() => null);
      perWeek[i] = rating;
      rows.set(goalId, perWeek);
    }
  }
  const order = new Map(goals.map((goal, i) => [goal.id, i]));
  return [...rows]
    .sort(([a], [b]) => (order.get(a) ?? goals.length) - (order.get(b) ?? goals.length))
    .map(([goalId, perWeek]) => {
      const goal = goals.find((g) => g.id === goalId);
      return {
        goalId,
        title: goal?.title ?? removedGoalTitle(),
        status: goal?.status ?? null,
        perWeek,
        rated: perWeek.filter((rating) => rating !== null).length,
      };
    });
}
