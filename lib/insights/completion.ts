/** How much of what was committed got done: per week, per day, and overall. */
import type { Commitment } from '../db/types';
import type { DayKey, WeekKey } from '../days';
import { weekOf, weeksBetween } from './weeks';

export interface Completion {
  done: number;
  /** Commitments that count: all but dropped ones. */
  total: number;
  /** done / total, or null when nothing was committed. */
  rate: number | null;
}

const rate = (done: number, total: number): Completion => ({
  done,
  total,
  rate: total === 0 ? null : done / total,
});

/** Overall completion of the commitments given. */
export function completion(commitments: readonly Commitment[]): Completion {
  let done = 0;
  let total = 0;
  for (const c of commitments) {
    if (c.status === 'dropped') continue;
    total += 1;
    if (c.status === 'done') done += 1;
  }
  return rate(done, total);
}

/** Completion for each ISO week from `from` to `to`, empty weeks included. */
export function weeklyCompletion(
  commitments: readonly Commitment[],
  from: DayKey,
  to: DayKey,
): (Completion & { week: WeekKey })[] {
  const counts = new Map(weeksBetween(from, to).map((week) => [week, { done: 0, total: 0 }]));
  for (const c of commitments) {
    if (c.status === 'dropped' || c.day < from || c.day > to) continue;
    const bucket = counts.get(weekOf(c.day));
    if (!bucket) continue;
    bucket.total += 1;
    if (c.status === 'done') bucket.done += 1;
  }
  return [...counts].map(([week, { done, total }]) => ({ week, ...rate(done, total) }));
}

/** Completion for each day that had commitments. */
export function dailyCompletion(commitments: readonly Commitment[]): Map<DayKey, Completion> {
  const counts = new Map<DayKey, { done: number; total: number }>();
  for (const c of commitments) {
    if (c.status === 'dropped') continue;
    const bucket = counts.get(c.day) ?? { done: 0, total: 0 };
    bucket.total += 1;
    if (c.status === 'done') bucket.done += 1;
    counts.set(c.day, bucket);
  }
  return new Map([...counts].map(([day, { done, total }]) => [day, rate(done, total)]));
}
