/** Human wording of dates and counts, in the browser's language. */
import { toUtcMidnight, type DayKey } from './days';

const utcDate = (day: DayKey) => new Date(toUtcMidnight(day));

/** "Wednesday 25 November" (in the browser's language and order). */
export function formatDayLong(day: DayKey, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(utcDate(day));
}

/** "Wed 25 Nov". */
export function formatDayShort(day: DayKey, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(utcDate(day));
}

/** "2 of 4 done", or an empty string when there is nothing to count. */
export function formatProgress(done: number, total: number): string {
  return total === 0 ? '' : `${done} of ${total} done`;
}

/** "Tuesday". */
export function formatWeekday(day: DayKey, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(utcDate(day));
}
