import { describe, expect, it } from 'vitest';
import { formatCount, formatDayLong, formatDayShort, pluralNoun } from '../../../lib/domain/format';

describe('formatting a day', () => {
  it.each([
    ['2026-11-25', 'Wed 25 Nov', 'Wednesday 25 November'],
    // The first day of the calendar is a Monday; a year before 100 is not read as 19xx.
    ['0001-01-01', 'Mon 1 Jan', 'Monday 1 January'],
  ])('%s reads “%s” and “%s”', (day, short, long) => {
    expect(formatDayShort(day, 'en-GB')).toBe(short);
    expect(formatDayLong(day, 'en-GB')).toBe(long);
  });

  it('refuses a day that is not a calendar date', () => {
    expect(() => formatDayShort('2026-02-30', 'en-GB')).toThrow(RangeError);
  });
});

describe('counting in words', () => {
  const REVIEW = { one: 'review', other: 'reviews' };
  it.each([
    [0, '0 reviews', 'reviews'],
    [1, '1 review', 'review'],
    [2, '2 reviews', 'reviews'],
    [1234, '1,234 reviews', 'reviews'],
  ])('%i in English reads “%s”', (count, counted, noun) => {
    expect(formatCount(count, REVIEW, 'en')).toBe(counted);
    expect(pluralNoun(count, REVIEW, 'en')).toBe(noun);
  });
});
