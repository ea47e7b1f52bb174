import { describe, expect, it } from 'vitest';
import { formatDayLong, formatDayShort } from '../../../lib/domain/format';

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
