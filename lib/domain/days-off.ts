/**
 * Days off: a holiday or a conference the leader marks, one day or a run of them. The rule for a
 * stored run is here, pure, so the editor and a restored backup share it.
 */
import { daysBetween, type DayKey } from './days';
import { LIMITS, ValidationError, limitText } from './validation';

/** The longest run of days off one entry may hold: a year. */
export const MAX_DAYS_OFF_SPAN = 366;

/** The days a run covers, from its first to its last: all the rules need of it. */
export interface DaysOffRun {
  from: DayKey;
  to: DayKey;
}

interface DaysOffFields extends DaysOffRun {
  label: string;
}

/** Refuses a run that ends before it starts or spans more than a year; trims the label. */
export function checkDaysOff<T extends DaysOffFields>(entry: T): T {
  if (entry.to < entry.from) throw new ValidationError('Days off must end on or after their first day.');
  if (daysBetween(entry.from, entry.to) + 1 > MAX_DAYS_OFF_SPAN) {
    throw new ValidationError(`Days off can run for at most ${MAX_DAYS_OFF_SPAN} days at a time.`);
  }
  return { ...entry, label: limitText(entry.label.trim(), 'The name of the days off', LIMITS.title) };
}

/** Whether `day` falls in one of `runs` of days off. */
export function isDayOff(day: DayKey, runs: readonly DaysOffRun[]): boolean {
  return dayOffRun(day, runs) !== undefined;
}

/** The run of days off that `day` falls in (the first, if runs overlap); undefined on a day that is not off. */
export function dayOffRun<R extends DaysOffRun>(day: DayKey, runs: readonly R[]): R | undefined {
  return runs.find((run) => run.from <= day && day <= run.to);
}

/** What a page says on a day off: "Day off — Winter holiday. Nothing is asked of you today." */
export function dayOffNote(label: string): string {
  return `${label ? `Day off — ${label}.` : 'Day off.'} Nothing is asked of you today.`;
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
