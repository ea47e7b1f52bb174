/**
 * The offers to turn what got in the way into an if-then plan (the rule: lib/domain/plan-offer),
 * for the copies a finished review carried on: read here, each with the commitment it was carried
 * from and the reviews of the two weeks before that one's day.
 */
import { addDays, type DayKey } from '../domain/days';
import { OBSTACLE_WINDOW_DAYS, planOffer, type PlanOffer } from '../domain/plan-offer';
import type { Commitment } from '../domain/types';
import { db } from './db/db';
import { reviewsBetween } from './db/reviews';

/** The offers due for `copies`, read inside the caller's transaction. */
async function offersFor(copies: readonly Commitment[]): Promise<PlanOffer[]> {
  const candidates = copies.filter((c) => c.carriedFrom !== undefined && !c.ifThen && c.status === 'open');
  if (candidates.length === 0) return [];
  const found = await db.commitments.bulkGet(candidates.map((c) => c.carriedFrom!));
  const sources = new Map(found.filter((row) => row !== undefined).map((row) => [row.id, row]));
  const days = [...new Set([...sources.values()].map((source) => source.day))];
  const reviews = (
    await Promise.all(days.map((day) => reviewsBetween(addDays(day, 1 - OBSTACLE_WINDOW_DAYS), day)))
  ).flat();
  return candidates.flatMap((copy) => {
    const source = sources.get(copy.carriedFrom!);
    const offer = source && planOffer(copy, source, reviews);
    return offer ? [offer] : [];
  });
}

/** The offers for what the review of `day` carried on (to the next workday, or a day chosen). */
export function planOffersAfterReview(day: DayKey): Promise<PlanOffer[]> {
  return db.transaction('r', db.commitments, db.reviews, async () => {
    const ids = await db.commitments.where('day').equals(day).primaryKeys();
    if (ids.length === 0) return [];
    return offersFor(await db.commitments.where('carriedFrom').anyOf(ids).toArray());
  });
}

/** The offers for the commitments of `day` that a review carried there (the next morning's list). */
export function planOffersOn(day: DayKey): Promise<PlanOffer[]> {
  return db.transaction('r', db.commitments, db.reviews, async () =>
    offersFor(await db.commitments.where('day').equals(day).toArray()),
  );
}
