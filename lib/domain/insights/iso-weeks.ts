/** Week arithmetic for insights: ISO weeks of days, memoised (ten years of history has ~3,650 days). */
import { addDays, isoWeekKey, isoWeekStart, type DayKey, type WeekKey } from '../days';

const cache = new Map<DayKey, WeekKey>();

/** The ISO week of a day, computed once per day. */
export function weekOf(day: DayKey): WeekKey {
  let week = cache.get(day);
  if (week === undefined) {
    week = isoWeekKey(day);
    cache.set(day, week);
  }
  return week;
}

/** Every ISO week from the week of `from` to the week of `to`, oldest first. */
export function weeksBetween(from: DayKey, to: DayKey): WeekKey[] {
  const weeks: WeekKey[] = [];
  for (let monday = isoWeekStart(from); monday <= to; monday = addDays(monday, 7)) weeks.push(weekOf(monday));
  return weeks;
}

/**
 * Chart labels for weeks, in order: "W48" while all are of one ISO year, else "2026-W48", so a
 * year or all-time view never shows two different weeks under one label.
 */
export function weekLabels(weeks: readonly WeekKey[]): string[] {
  const years = new Set(weeks.map((week) => week.slice(0, 4)));
  return years.size > 1 ? [...weeks] : weeks.map((week) => week.slice(5));
}
