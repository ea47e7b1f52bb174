/**
 * When the review offers to turn what got in the way into an if-then plan ("When meetings crowd out
 * the board update, I will …"): such plans raise goal attainment, d = 0.65 over 94 tests (Gollwitzer
 * & Sheeran 2006). The plan goes on the copy a carry made, so the offer is about that copy: the
 * obstacle that stopped the commitment came back, or the commitment is being carried again.
 */
import { addDays, type DayKey } from './days';
import { sameObstacle } from './obstacles';
import type { Commitment, DailyReview } from './types';

/** The days an obstacle must come back within: the reviewed day and the 13 before it. */
export const OBSTACLE_WINDOW_DAYS = 14;

/** How often an obstacle must have stopped commitments in that window for the offer. */
export const OBSTACLE_REPEATS = 2;

export interface PlanOffer {
  /** The carried copy the plan would go on. */
  commitmentId: string;
  day: DayKey;
  title: string;
  /** What got in the way of it on the reviewed day, when the review recorded it. */
  obstacle?: string;
  /** How often that obstacle stopped commitments in the two weeks, when it came back. */
  repeats?: number;
  /** It was a carried copy already, and was carried again. */
  carriedAgain: boolean;
}

export type OfferCopy = Pick<Commitment, 'id' | 'day' | 'title' | 'status' | 'ifThen' | 'carriedFrom'>;
export type OfferSource = Pick<Commitment, 'id' | 'day' | 'carriedFrom'>;
export type OfferReview = Pick<DailyReview, 'day' | 'outcomes' | 'completedAt' | 'skipped'>;

const written = (review: OfferReview) => review.completedAt !== undefined && !review.skipped;

/**
 * How many commitments `obstacle` stopped in the two weeks ending on `day` (that day included):
 * outcomes of written reviews that were not done and name the same obstacle.
 */
export function timesStopped(obstacle: string, reviews: readonly OfferReview[], day: DayKey): number {
  const first = addDays(day, 1 - OBSTACLE_WINDOW_DAYS);
  return reviews
    .filter((review) => written(review) && review.day >= first && review.day <= day)
    .flatMap((review) => review.outcomes)
    .filter((o) => o.status === 'not-done' && o.obstacle !== undefined && sameObstacle(o.obstacle, obstacle))
    .length;
}

/**
 * The offer to plan for `copy`, carried from `source`, or null. Due when the written review of the
 * source's day marked it not done and either what got in the way had stopped commitments before in
 * the two weeks, or the source was itself a carried copy (so this is its second carry). Not for a
 * copy that has a plan already (the carry copies one) or is no longer open.
 */
export function planOffer(
  copy: OfferCopy,
  source: OfferSource,
  reviews: readonly OfferReview[],
): PlanOffer | null {
  if (copy.carriedFrom !== source.id || copy.ifThen || copy.status !== 'open') return null;
  const review = reviews.find((r) => r.day === source.day && written(r));
  const outcome = review?.outcomes.find((o) => o.commitmentId === source.id);
  if (outcome?.status !== 'not-done') return null;
  const times = outcome.obstacle ? timesStopped(outcome.obstacle, reviews, source.day) : 0;
  const carriedAgain = source.carriedFrom !== undefined;
  if (times < OBSTACLE_REPEATS && !carriedAgain) return null;
  return {
    commitmentId: copy.id,
    day: copy.day,
    title: copy.title,
    ...(outcome.obstacle && { obstacle: outcome.obstacle }),
    ...(times >= OBSTACLE_REPEATS && { repeats: times }),
    carriedAgain,
  };
}
