/**
 * Which days are workdays: the one rule behind the end-of-day prompt and the morning plan, the
 * reviews waiting (and so the badge), where "carry" sends a commitment, the review streak and the
 * Insights calendar. A day that is not a workday asks for no review, and neither counts towards a
 * streak nor breaks one. A day the leader marked as off (lib/domain/days-off) is not a workday.
 */
import { weekday, type DayKey } from './days';
import { isDayOff, type DaysOffRun } from './days-off';
import type { Settings } from './settings';

/**
 * What the rule reads: the working weekdays from the settings (callers pass the settings whole)
 * and, where the caller has read them, the runs of days off.
 */
export type WorkdayRule = Pick<Settings, 'workdays'> & { daysOff?: readonly DaysOffRun[] };

/** Whether `day` is a workday: it falls on one of the leader's working weekdays and is not a day off. */
export function isWorkday(day: DayKey, settings: WorkdayRule): boolean {
  return settings.workdays.includes(weekday(day)) && !isDayOff(day, settings.daysOff ?? []);
}

/** Whether any weekday is a workday; with none, Insights counts every day and carry takes the next. */
export function hasWorkdays(settings: WorkdayRule): boolean {
  return settings.workdays.length > 0;
}

/** `workdays` with `day` ticked (`on`) or unticked, the others as they are, in week order. */
export function withWorkday(workdays: readonly number[], day: number, on: boolean): number[] {
  const others = workdays.filter((d) => d !== day);
  return (on ? [...others, day] : others).sort((a, b) => a - b);
}
