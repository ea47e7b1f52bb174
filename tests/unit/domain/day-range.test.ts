import { describe, expect, it } from 'vitest';
import {
  LAST_INSTANT,
  checkDay,
  isStorableDay,
  isStorableInstant,
  isStorableWeek,
} from '../../../lib/domain/day-range';
import { addDays, isoWeekKey, isoWeekStart, weekKeyStart, weekday } from '../../../lib/domain/days';
import { formatDayLong } from '../../../lib/domain/format';

describe('the days Flourish keeps', () => {
  it.each([
    ['1970-01-01', true],
    ['2026-11-25', true],
    ['9999-12-31', true],
    ['1969-12-31', false],
    ['0100-03-01', false],
    ['0001-01-01', false],
    ['2026-02-30', false],
    ['10000-01-01', false],
    ['2026-1-5', false],
    [20261125, false],
  ])('%j → %s', (day, storable) => {
    expect(isStorableDay(day)).toBe(storable);
  });

  it.each([
    ['1970-W01', true],
    ['2026-W53', true],
    ['9999-W52', true],
    ['1969-W52', false],
    ['0100-W01', false],
    ['2025-W53', false],
    ['9999-W53', false],
    ['10000-W01', false],
  ])('week %j → %s, without the week maths ever throwing', (week, storable) => {
    expect(isStorableWeek(week)).toBe(storable);
  });

  it.each([
    [0, true],
    [Date.UTC(2026, 10, 25), true],
    [LAST_INSTANT, true],
    [Date.UTC(9999, 11, 31) + 1, false],
    [-1, false],
    [Date.UTC(1, 0, 1), false],
    [1.5, false],
    [Number.NaN, false],
  ])('time %d → %s', (instant, storable) => {
    expect(isStorableInstant(instant)).toBe(storable);
  });

  it('says which days it keeps when it refuses one', () => {
    expect(() => checkDay('1969-12-31')).toThrow('1969-12-31 is not a date from 1970-01-01 to 9999-12-31.');
    expect(checkDay('2026-11-25')).toBe('2026-11-25');
  });

  // What the date code does with a stored day: its weekday, its week, the days around it, its name.
  it.each([
    ['1970-01-01', 4, '1969-12-29', '1970-W01', '1969-12-25', '1970-01-08', 'Thursday, January 1'],
    ['9999-12-31', 5, '9999-12-27', '9999-W52', '9999-12-24', '10000-01-07', 'Friday, December 31'],
  ])('the date code handles %s, an end of the range', (day, day7, monday, week, before, after, name) => {
    expect(weekday(day)).toBe(day7);
    expect(isoWeekStart(day)).toBe(monday);
    expect(isoWeekKey(day)).toBe(week);
    expect(weekKeyStart(week)).toBe(monday);
    expect(addDays(day, -7)).toBe(before);
    expect(addDays(day, 7)).toBe(after);
    expect(formatDayLong(day, 'en-US')).toBe(name);
  });
});
