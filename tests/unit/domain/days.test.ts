import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayKey,
  dayRange,
  daysBetween,
  isDayKey,
  isoWeekKey,
  offsetMinutes,
  parseTime,
  weekKeyStart,
  weekday,
  zonedTimeToInstant,
} from '../../../lib/domain/days';

const at = (iso: string) => Date.parse(iso);

describe('dayKey: the local day of an instant', () => {
  it.each([
    // New York, spring forward on Sunday 2026-03-08 (02:00 EST → 03:00 EDT)
    ['2026-03-08T04:59:59Z', 'America/New_York', '2026-03-07'],
    ['2026-03-08T05:00:00Z', 'America/New_York', '2026-03-08'],
    ['2026-03-09T03:59:59Z', 'America/New_York', '2026-03-08'],
    ['2026-03-09T04:00:00Z', 'America/New_York', '2026-03-09'],
    // New York, fall back on Sunday 2026-11-01 (02:00 EDT → 01:00 EST)
    ['2026-11-01T03:59:59Z', 'America/New_York', '2026-10-31'],
    ['2026-11-02T04:59:59Z', 'America/New_York', '2026-11-01'],
    ['2026-11-02T05:00:00Z', 'America/New_York', '2026-11-02'],
    // London, clocks go forward on 2026-03-29 and back on 2026-10-25
    ['2026-03-28T23:59:59Z', 'Europe/London', '2026-03-28'],
    ['2026-03-29T00:30:00Z', 'Europe/London', '2026-03-29'],
    ['2026-10-24T23:30:00Z', 'Europe/London', '2026-10-25'],
    ['2026-10-25T23:30:00Z', 'Europe/London', '2026-10-25'],
    // Sydney (southern hemisphere): DST starts 2026-10-04, ends 2026-04-05
    ['2026-10-03T13:59:59Z', 'Australia/Sydney', '2026-10-03'],
    ['2026-10-03T14:00:00Z', 'Australia/Sydney', '2026-10-04'],
    ['2026-10-04T13:00:00Z', 'Australia/Sydney', '2026-10-05'],
    ['2026-04-04T13:00:00Z', 'Australia/Sydney', '2026-04-05'],
    // Kolkata, a half-hour zone (+05:30)
    ['2026-11-24T18:29:59Z', 'Asia/Kolkata', '2026-11-24'],
    ['2026-11-24T18:30:00Z', 'Asia/Kolkata', '2026-11-25'],
    // One second after local midnight
    ['2026-11-25T05:00:01Z', 'America/New_York', '2026-11-25'],
    // Leap day
    ['2028-02-29T12:00:00Z', 'UTC', '2028-02-29'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(dayKey(at(instant), zone)).toBe(expected);
  });
});

describe('isDayKey: only real calendar dates', () => {
  it.each([
    ['2026-11-25', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['20261125', false],
    ['', false],
    // Years before 100 are dates too (a date field accepts them): not read as 1900–1999.
    ['0001-01-01', true],
    ['0004-02-29', true],
    ['0099-12-31', true],
    ['0100-02-29', false],
  ])('%s → %s', (value, expected) => {
    expect(isDayKey(value)).toBe(expected);
  });

  it('refuses values that are not strings', () => {
    expect(isDayKey(20261125)).toBe(false);
    expect(isDayKey(null)).toBe(false);
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2026-11-25', 1, '2026-11-26'],
    ['2026-11-30', 1, '2026-12-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-01-01', 365, '2027-01-01'],
    ['0001-01-01', 1, '0001-01-02'],
    ['0099-12-31', 1, '0100-01-01'],
    ['0004-02-28', 1, '0004-02-29'],
  ])('%s + %i days = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(n);
  });

  it('lists a range of days with both ends included', () => {
    expect(dayRange('2028-02-27', '2028-03-01')).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(dayRange('2026-01-02', '2026-01-01')).toEqual([]);
  });
});

describe('weekday', () => {
  it.each([
    ['2026-11-25', 3],
    ['2026-01-01', 4],
    ['2027-01-01', 5],
    ['2021-01-03', 0],
    ['2028-02-29', 2],
    ['0001-01-01', 1],
  ])('%s is weekday %i', (day, expected) => {
    expect(weekday(day)).toBe(expected);
  });
});

describe('isoWeekKey', () => {
  it.each([
    ['2026-11-25', '2026-W48'],
    ['2026-01-01', '2026-W01'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2028-02-29', '2028-W09'],
    ['0001-01-01', '0001-W01'],
  ])('%s is in %s', (day, expected) => {
    expect(isoWeekKey(day)).toBe(expected);
  });

  it('finds the Monday of a week, and refuses weeks that do not exist', () => {
    expect(weekKeyStart('2026-W53')).toBe('2026-12-28');
    expect(weekKeyStart('2025-W01')).toBe('2024-12-30');
    expect(weekKeyStart('2027-W53')).toBeNull();
    expect(weekKeyStart('2026-53')).toBeNull();
  });
});

describe('parseTime', () => {
  it.each([
    ['17:30', 1050],
    ['00:00', 0],
    ['23:59', 1439],
    ['24:00', null],
    ['7:30', null],
    ['17:60', null],
  ])('%s → %s', (time, expected) => {
    expect(parseTime(time)).toBe(expected);
  });
});

describe('zonedTimeToInstant: a local wall-clock time on a day', () => {
  it.each([
    ['2026-11-25', '17:30', 'America/New_York', '2026-11-25T22:30:00Z'],
    ['2026-07-01', '17:30', 'America/New_York', '2026-07-01T21:30:00Z'],
    // Inside the skipped hour: moves forward by the gap (02:30 → 03:30 EDT)
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00Z'],
    // Inside the repeated hour: the first 01:30 (EDT)
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00Z'],
    ['2026-03-29', '01:30', 'Europe/London', '2026-03-29T01:30:00Z'],
    ['2026-10-25', '01:30', 'Europe/London', '2026-10-25T00:30:00Z'],
    ['2026-10-04', '02:30', 'Australia/Sydney', '2026-10-03T16:30:00Z'],
    ['2026-04-05', '02:30', 'Australia/Sydney', '2026-04-04T15:30:00Z'],
    ['2026-11-25', '17:30', 'Asia/Kolkata', '2026-11-25T12:00:00Z'],
    ['2026-11-25', '00:00', 'Asia/Kolkata', '2026-11-24T18:30:00Z'],
  ])('%s %s in %s is %s', (day, time, zone, expected) => {
    expect(new Date(zonedTimeToInstant(day, time, zone)).toISOString()).toBe(
      new Date(expected).toISOString(),
    );
  });

  it('measures the zone offset at an instant', () => {
    expect(offsetMinutes(at('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(offsetMinutes(at('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(offsetMinutes(at('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(offsetMinutes(at('2026-01-15T12:00:00Z'), 'Australia/Sydney')).toBe(660);
  });
});
