/**
 * Which week the weekly zoom-out looks back on. One rule for the prompt, its "X of Y done" and the
 * review page, so all three always speak of the same seven days; reviews stay stored per ISO week.
 */
import { addDays, isoWeekKey, weekKeyStart, type DayKey, type WeekKey } from './days';

/**
 * The ISO week that the zoom-out on `day` reviews: the one holding most of the seven days that end
 * on `day`. From Monday to Wednesday that is the week just ended (a Monday zoom-out looks back on
 * last week, not at the one that has only begun); from Thursday to Sunday, the current week.
 */
export function reviewedWeek(day: DayKey): WeekKey {
  return isoWeekKey(addDays(day, -3));
}

/** The Monday and Sunday of an ISO week, or null for a malformed key. */
export function weekDays(week: WeekKey): { monday: DayKey; sunday: DayKey } | null {
  const monday = weekKeyStart(week);
  return monday === null ? null : { monday, sunday: addDays(monday, 6) };
}

/** Whether `week` is the one before `today`'s: a zoom-out looking back, whose "next week" is this one. */
export function isLastWeek(week: WeekKey, today: DayKey): boolean {
  return week === isoWeekKey(addDays(today, -7));
}
