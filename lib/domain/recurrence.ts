/** Recurring commitments: which days a rule falls on. Pure calendar maths over day keys. */
import { daysBetween, isoWeekStart, weekday, type DayKey } from './days';
import type { RecurrenceRule, RecurrenceSchedule } from './types';
import { ValidationError } from './validation';

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Weekday numbers as the week is shown to choose from: Monday first. */
export const WEEK_ORDER: readonly number[] = [1, 2, 3, 4, 5, 6, 0];

/** True when the rule puts its commitment on `day`. Days before the rule's start never match. */
export function occursOn(rule: Pick<RecurrenceRule, 'schedule' | 'startDay'>, day: DayKey): boolean {
  if (day < rule.startDay) return false;
  const { schedule } = rule;
  if (schedule.kind === 'weekdays') return schedule.weekdays.includes(weekday(day));
  if (weekday(day) !== schedule.weekday) return false;
  const weeks = daysBetween(isoWeekStart(rule.startDay), isoWeekStart(day)) / 7;
  return weeks % schedule.interval === 0;
}

/** Refuses a schedule that could never fire: no weekday, or an interval that is not 1–52 weeks. */
export function validateSchedule(schedule: RecurrenceSchedule): RecurrenceSchedule {
  const isWeekday = (n: number) => Number.isInteger(n) && n >= 0 && n <= 6;
  if (schedule.kind === 'weekdays') {
    if (schedule.weekdays.length === 0) throw new ValidationError('Choose at least one weekday.');
    if (!schedule.weekdays.every(isWeekday)) throw new ValidationError('Weekdays must be days of the week.');
    return { kind: 'weekdays', weekdays: [...new Set(schedule.weekdays)].sort((a, b) => a - b) };
  }
  if (!isWeekday(schedule.weekday)) throw new ValidationError('Choose the weekday it repeats on.');
  if (!Number.isInteger(schedule.interval) || schedule.interval < 1 || schedule.interval > 52) {
    throw new ValidationError('Repeat every 1 to 52 weeks.');
  }
  return schedule;
}

/** "Every Tuesday and Thursday", "Every 2 weeks on Friday". */
export function describeSchedule(schedule: RecurrenceSchedule): string {
  if (schedule.kind === 'every-n-weeks') {
    const every = schedule.interval === 1 ? 'Every week' : `Every ${schedule.interval} weeks`;
    return `${every} on ${WEEKDAY_NAMES[schedule.weekday]}`;
  }
  const days = [...schedule.weekdays].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  if (days.join() === '1,2,3,4,5') return 'Every weekday';
  if (days.length === 7) return 'Every day';
  const names = days.map((d) => WEEKDAY_NAMES[d]);
  return `Every ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]}`;
}
