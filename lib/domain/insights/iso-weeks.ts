/** Week arithmetic for insights: ISO weeks of days, memoised (ten years of history has ~3,650 days). */
import { addDays, isoWeekKey, isoWeekStart, weekKeyStart, type DayKey, type WeekKey } from '../days';
import { formatDayRange } from '../format';
import { hasWorkdays, type WorkdayRule } from '../workdays';

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

/** Views this many weeks long or shorter cannot show the same dates twice, so their labels need no year. */
const WEEKS_WITHOUT_YEAR = 52;

/**
 * Chart labels for weeks, in order, by their dates: "Nov 30 – Dec 4", from the week's first
 * workday to its last (the whole week when no workday is set). Longer views name the years, so two
 * weeks never share a label.
 */
export function weekLabels(weeks: readonly WeekKey[], settings: WorkdayRule, locale?: string): string[] {
  const withYear = weeks.length > WEEKS_WITHOUT_YEAR;
  // Days after Monday of the first and last workday (Sunday is 6), the same every week.
  const offsets = hasWorkdays(settings) ? settings.workdays.map((weekday) => (weekday + 6) % 7) : [0, 6];
  const [first, last] = [Math.min(...offsets), Math.max(...offsets)];
  return weeks.map((week) => {
    const monday = weekKeyStart(week)!;
    return formatDayRange(addDays(monday, first), addDays(monday, last), { withYear }, locale);
  });
}
