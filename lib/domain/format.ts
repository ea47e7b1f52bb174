/** Human wording of dates and counts, in the language in force (lib/i18n) unless a locale is given. */
import { intlLocale } from '../i18n/locale';
import { toUtcMidnight, type DayKey } from './days';

const utcDate = (day: DayKey) => new Date(toUtcMidnight(day));

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date format for UTC dates (day keys), made once per locale and options: making one costs far
 * more than using it, and Insights words hundreds of weeks and days at a time.
 */
function dateFormat(given: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = given ?? intlLocale();
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** "Wednesday 25 November" (in the browser's language and order). */
export function formatDayLong(day: DayKey, locale?: string): string {
  return dateFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(utcDate(day));
}

/** "Wed 25 Nov". */
export function formatDayShort(day: DayKey, locale?: string): string {
  return dateFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(utcDate(day));
}

/** "Tue". */
export function formatWeekdayShort(day: DayKey, locale?: string): string {
  return dateFormat(locale, { weekday: 'short' }).format(utcDate(day));
}

/** "Dec": the month a day is in, short. */
export function formatMonthShort(day: DayKey, locale?: string): string {
  return dateFormat(locale, { month: 'short' }).format(utcDate(day));
}

/** "Tuesday". */
export function formatWeekday(day: DayKey, locale?: string): string {
  return dateFormat(locale, { weekday: 'long' }).format(utcDate(day));
}

/**
 * "Nov 30 – Dec 4": a span of days, month and day, in the locale's order and range separator. A
 * span across New Year reads "Dec 28 – Jan 1" too: `formatRange` would name both years, so its ends
 * are then formatted alone and joined by the separator the locale's range uses. `withYear` names the
 * years, for views long enough to show the same dates twice.
 */
export function formatDayRange(
  from: DayKey,
  to: DayKey,
  options: { withYear?: boolean } = {},
  locale?: string,
) {
  const format = dateFormat(locale, {
    month: 'short',
    day: 'numeric',
    ...(options.withYear && { year: 'numeric' }),
  });
  const [start, end] = [utcDate(from), utcDate(to)];
  if (options.withYear || from.slice(0, 4) === to.slice(0, 4)) return format.formatRange(start, end);
  const separator = format.formatRangeToParts(start, end).find((part) => part.source === 'shared')?.value;
  return `${format.format(start)}${separator ?? ' – '}${format.format(end)}`;
}

/** A noun's singular and plural: `{ one: 'review', other: 'reviews' }`. */
export interface NounForms {
  one: string;
  other: string;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a noun that agrees with `count` in the locale ("workday" for 1, "workdays" else). */
export function pluralNoun(count: number, forms: NounForms, given?: string): string {
  const locale = given ?? intlLocale();
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

/** "1 review", "0 reviews", "1,234 reviews": a count and its noun, agreeing. */
export function formatCount(count: number, forms: NounForms, locale?: string): string {
  return `${new Intl.NumberFormat(locale ?? intlLocale()).format(count)} ${pluralNoun(count, forms, locale)}`;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** A wall-clock time as the locale writes it: "08:00" and "17:30" in en-GB and German, "5:30 PM" in en-US. */
export function formatClock(hour: number, minute: number, given?: string): string {
  const locale = given ?? intlLocale();
  let format = clockFormats.get(locale);
  if (!format) {
    // A 24-hour clock writes 08:00, a 12-hour one 8:00 AM.
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    const hour = cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
    format = new Intl.DateTimeFormat(locale, { hour, minute: '2-digit', timeZone: 'UTC' });
    clockFormats.set(locale, format);
  }
  return format.format(Date.UTC(2000, 0, 1, hour, minute));
}
