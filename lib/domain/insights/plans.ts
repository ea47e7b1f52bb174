/** If-then plans in a period: which obstacles got one, and how often commitments with one got done. */
import type { Commitment, DailyReview } from '../types';
import { completion, type Completion, type CompletionContext } from './completion';
import { countObstacles } from './week-summary';

/** Below this many counted commitments on either side, a difference says little: it may be chance. */
export const PLAN_COMPARISON_MIN = 5;

export interface ObstaclePlans {
  obstacle: string;
  /** How often it got in the way in the period. */
  times: number;
  /** How many of the commitments it stopped went on, carried, with an if-then plan. */
  planned: number;
}

export interface PlanUse {
  withPlan: Completion;
  withoutPlan: Completion;
  /** Every obstacle of the period, most frequent first. */
  obstacles: ObstaclePlans[];
}

/**
 * The period's `commitments` with a plan against those without, counted as the rest of Insights
 * counts them (`outcomeOf`), and for each obstacle the written `reviews` recorded, how many of the
 * commitments it stopped were carried to a copy with a plan. The copies can lie after the period
 * (today's review carries to tomorrow): `later` holds the commitments of the days after it.
 */
export function planUse(
  commitments: readonly Commitment[],
  later: readonly Commitment[],
  reviews: readonly DailyReview[],
  context: CompletionContext,
): PlanUse {
  const plannedCopyOf = new Set(
    [...commitments, ...later].flatMap((c) => (c.ifThen && c.carriedFrom ? [c.carriedFrom] : [])),
  );
  const obstacles = countObstacles(reviews).map(({ obstacle, count }) => ({
    obstacle,
    times: count,
    planned: 0,
  }));
  const byObstacle = new Map(obstacles.map((row) => [row.obstacle, row]));
  for (const outcome of reviews.flatMap((review) => review.outcomes)) {
    if (outcome.status !== 'not-done' || !outcome.obstacle || !plannedCopyOf.has(outcome.commitmentId))
      continue;
    byObstacle.get(outcome.obstacle)!.planned += 1;
  }
  return {
    withPlan: completion(
      commitments.filter((c) => c.ifThen),
      context,
    ),
    withoutPlan: completion(
      commitments.filter((c) => !c.ifThen),
      context,
    ),
    obstacles,
  };
}
