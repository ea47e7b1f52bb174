/**
 * The item of the day: what rotates daily (the strength spotlight and its idea, the new tab's
 * picture, the idea offered for a commitment's strength) turns on the day's number, so every page
 * shows the same choice all day and the next day brings the next one.
 */
import { daysBetween, type DayKey } from './days';

/** Day number since 1970-01-01, the clock every daily rotation turns on. */
export function dayNumber(day: DayKey): number {
  return daysBetween('1970-01-01', day);
}

/** The item of the day: a stable choice from `items` that changes each calendar day. */
export function pickForDay<T>(items: readonly T[], dayNumber: number): T | undefined {
  if (items.length === 0) return undefined;
  return items[((dayNumber % items.length) + items.length) % items.length];
}
