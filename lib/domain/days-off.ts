/**
 * Days off: a holiday or a conference the leader marks, one day or a run of them. Free of words,
 * for the new tab's first paint uses it; the rule a stored run is checked by, with its messages, is
 * in lib/domain/days-off-check.
 */
import type { DayKey } from './days';

/** The longest run of days off one entry may hold: a year. */
export const MAX_DAYS_OFF_SPAN = 366;

/** The days a run covers, from its first to its last: all the rules need of it. */
export interface DaysOffRun {
  from: DayKey;
  to: DayKey;
}

/** Whether `day` falls in one of `runs` of days off. */
export function isDayOff(day: DayKey, runs: readonly DaysOffRun[]): boolean {
  return dayOffRun(day, runs) !== undefined;
}

/** The run of days off that `day` falls in (the first, if runs overlap); undefined on a day that is not off. */
export function dayOffRun<R extends DaysOffRun>(day: DayKey, runs: readonly R[]): R | undefined {
  return runs.find((run) => run.from <= day && day <= run.to);
}

/** Runs still to come or under way on `today` (earliest first), and those over (latest first). */
export function splitDaysOff<R extends DaysOffRun>(
  runs: readonly R[],
  today: DayKey,
): { upcoming: R[]; past: R[] } {
  const byStart = [...runs].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return {
    upcoming: byStart.filter((run) => run.to >= today),
    past: byStart.filter((run) => run.to < today).reverse(),
  };
}
