/** How much of what was committed got done: per week, per day, and overall. */
import type { Commitment, DailyReview } from '../types';
import type { DayKey, WeekKey } from '../days';
import { weekOf, weeksBetween } from './iso-weeks';

export interface Completion {
  done: number;
  /** Commitments that count: done and missed ones (see `outcomeOf`). */
  total: number;
  /** done / total, or null when nothing counts. */
  rate: number | null;
  /** Open commitments of days still going, left out of `total`. */
  open: number;
}

/** What decides whether an open commitment counts yet: the day, and whether it was reviewed. */
export interface CompletionContext {
  today: DayKey;
  /** Days whose review is finished, written or skipped (drafts do not count). */
  reviewedDays: ReadonlySet<DayKey>;
}

/** The context for `reviews` seen on `today`. */
export function completionContext(reviews: readonly DailyReview[], today: DayKey): CompletionContext {
  return {
    today,
    reviewedDays: new Set(reviews.filter((r) => r.completedAt !== undefined).map((r) => r.day)),
  };
}

/**
 * How a commitment counts: done, missed, or not at all (`null`). Dropped ones never count. An
 * open one is still in progress on today or a later day whose review is not finished, and is left
 * out, so the rate does not sink through the day until the review. Once its day is reviewed, or
 * the day is past, an open commitment counts as missed: it was not ticked off and its day is over.
 * A past day never reviewed is treated so on purpose: leaving its open commitments out would make
 * a day the leader did not look back on read better than one they reviewed honestly.
 */
export function outcomeOf(commitment: Commitment, context: CompletionContext): 'done' | 'missed' | null {
  switch (commitment.status) {
    case 'done':
      return 'done';
    case 'not-done':
      return 'missed';
    case 'dropped':
      return null;
    case 'open':
      return commitment.day >= context.today && !context.reviewedDays.has(commitment.day) ? null : 'missed';
  }
}

interface Tally {
  done: number;
  total: number;
  open: number;
}

const tally = (): Tally => ({ done: 0, total: 0, open: 0 });

function add(bucket: Tally, commitment: Commitment, context: CompletionContext) {
  const outcome = outcomeOf(commitment, context);
  if (outcome === null) {
    if (commitment.status === 'open') bucket.open += 1;
    return;
  }
  bucket.total += 1;
  if (outcome === 'done') bucket.done += 1;
}

const rate = ({ done, total, open }: Tally): Completion => ({
  done,
  total,
  rate: total === 0 ? null : done / total,
  open,
});

/** Overall completion of the commitments given. */
export function completion(commitments: readonly Commitment[], context: CompletionContext): Completion {
  const bucket = tally();
  for (const c of commitments) add(bucket, c, context);
  return rate(bucket);
}

/** Completion for each ISO week from `from` to `to`, empty weeks included. */
export function weeklyCompletion(
  commitments: readonly Commitment[],
  from: DayKey,
  to: DayKey,
  context: CompletionContext,
): (Completion & { week: WeekKey })[] {
  const counts = new Map(weeksBetween(from, to).map((week) => [week, tally()]));
  for (const c of commitments) {
    if (c.day < from || c.day > to) continue;
    const bucket = counts.get(weekOf(c.day));
    if (bucket) add(bucket, c, context);
  }
  return [...counts].map(([week, bucket]) => ({ week, ...rate(bucket) }));
}

/** Completion for each day that had commitments (dropped ones aside). */
export function dailyCompletion(
  commitments: readonly Commitment[],
  context: CompletionContext,
): Map<DayKey, Completion> {
  const counts = new Map<DayKey, Tally>();
  for (const c of commitments) {
    if (c.status === 'dropped') continue;
    let bucket = counts.get(c.day);
    if (!bucket) counts.set(c.day, (bucket = tally()));
    add(bucket, c, context);
  }
  return new Map([...counts].map(([day, bucket]) => [day, rate(bucket)]));
}
