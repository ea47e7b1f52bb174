/** Recurring commitments: which days a rule falls on. Pure calendar maths over day keys. */
import { intlLocale, t } from '../i18n';
import { daysBetween, isoWeekStart, weekday, type DayKey } from './days';
import type { RecurrenceRule, RecurrenceSchedule } from './types';
import { ValidationError } from './validation';

/** 2023-01-01 was a Sunday: the day of weekday number `n` (0 = Sunday) in that week, as a UTC instant. */
const weekdayInstant = (n: number) => Date.UTC(2023, 0, 1 + n);

/** The name of weekday number `n` (0 = Sunday) in the language in force: "Monday", "Montag". */
export function weekdayName(n: number): string {
  return new Intl.DateTimeFormat(intlLocale(), { weekday: 'long', timeZone: 'UTC' }).format(
    weekdayInstant(n),
  );
}

/**
 * The weekdays' names, Sunday first, each read in the language in force when it is read (an array
 * whose entries are getters, so `WEEKDAY_NAMES[d]` and `WEEKDAY_NAMES.map(…)` follow a change).
 */
export const WEEKDAY_NAMES: readonly string[] = Object.defineProperties(
  [] as string[],
  Object.fromEntries(
    [0, 1, 2, 3, 4, 5, 6].map((n) => [String(n), { get: () => weekdayName(n), enumerable: true }]),
  ),
);
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
    if (schedule.weekdays.length === 0) throw new ValidationError(t('errors:recurrence.noWeekday'));
    if (!schedule.weekdays.every(isWeekday)) throw new ValidationError(t('errors:recurrence.weekdays'));
    return { kind: 'weekdays', weekdays: [...new Set(schedule.weekdays)].sort((a, b) => a - b) };
  }
  if (!isWeekday(schedule.weekday)) throw new ValidationError(t('errors:recurrence.weekday'));
  if (!Number.isInteger(schedule.interval) || schedule.interval < 1 || schedule.interval > 52) {
    throw new ValidationError(t('errors:recurrence.interval'));
  }
  return schedule;
}

/** "Every Tuesday and Thursday", "Every 2 weeks on Friday", in the language in force. */
export function describeSchedule(schedule: RecurrenceSchedule): string {
  if (schedule.kind === 'every-n-weeks') {
    return t('domain:schedule.weeks', { count: schedule.interval, day: weekdayName(schedule.weekday) });
  }
  const days = [...schedule.weekdays].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  if (days.join() === '1,2,3,4,5') return t('domain:schedule.weekdays');
  if (days.length === 7) return t('domain:schedule.everyDay');
  const names = new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(days.map(weekdayName));
  return t('domain:schedule.days', { days: names });
}
