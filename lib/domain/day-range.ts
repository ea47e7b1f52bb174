/**
 * The days Flourish keeps: one rule for the editors and for a restored backup.
 *
 * From 1970-01-01: every day Flourish writes comes from the clock, whose times start in 1970 (a
 * backup's times are checked the same way), or lies after it; and views that run from the first
 * day with data to today ("All time" in Insights) stay a walk of tens of thousands of days, not of
 * millions. To 9999-12-31: the last day a `YYYY-MM-DD` key can name; a date input offers later
 * ones, which lib/domain/days.ts cannot read. Within these, every step the date code takes from a stored
 * day (its week, the days around it) stays a day it can read.
 */
import { t } from '../i18n';
import { isDayKey, weekKeyStart, type DayKey, type WeekKey } from './days';
import { ValidationError } from './validation';

export const FIRST_DAY: DayKey = '1970-01-01';
export const LAST_DAY: DayKey = '9999-12-31';
/** The ISO weeks of those days (1970-01-01 is a Thursday, so it starts week 1 of 1970). */
export const FIRST_WEEK: WeekKey = '1970-W01';
export const LAST_WEEK: WeekKey = '9999-W52';

/** True when `value` is a real calendar day from FIRST_DAY to LAST_DAY. */
export function isStorableDay(value: unknown): value is DayKey {
  return isDayKey(value) && value >= FIRST_DAY && value <= LAST_DAY;
}

/** True when `value` is an ISO week key from FIRST_WEEK to LAST_WEEK (and a week that exists). */
export function isStorableWeek(value: unknown): value is WeekKey {
  // The range is checked first: the week maths would step outside four-digit years otherwise.
  return (
    typeof value === 'string' &&
    /^\d{4}-W\d{2}$/.test(value) &&
    value >= FIRST_WEEK &&
    value <= LAST_WEEK &&
    weekKeyStart(value) !== null
  );
}

/**
 * The last moment a stamp (createdAt, a backup's time…) may name: the start of LAST_DAY in UTC, so
 * that its local day is a storable day in every time zone.
 */
export const LAST_INSTANT = Date.UTC(9999, 11, 31);

/** True when `value` is a time in whole milliseconds from 1970 to LAST_INSTANT. */
export function isStorableInstant(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= LAST_INSTANT;
}

/** Refuses a day outside the days Flourish keeps. */
export function checkDay(day: DayKey): DayKey {
  if (!isStorableDay(day))
    throw new ValidationError(t('errors:day', { day, first: FIRST_DAY, last: LAST_DAY }));
  return day;
}
