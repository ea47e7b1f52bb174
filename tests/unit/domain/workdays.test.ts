import { describe, expect, it } from 'vitest';
import { hasWorkdays, isWorkday, withWorkday } from '../../../lib/domain/workdays';

const MONDAY_TO_FRIDAY = { workdays: [1, 2, 3, 4, 5] };

describe('is this a workday', () => {
  it.each([
    ['Wednesday 25 November 2026, Monday to Friday', '2026-11-25', MONDAY_TO_FRIDAY, true],
    ['Friday 27 November 2026, Monday to Friday', '2026-11-27', MONDAY_TO_FRIDAY, true],
    ['Saturday 28 November 2026, Monday to Friday', '2026-11-28', MONDAY_TO_FRIDAY, false],
    ['Sunday 29 November 2026, Monday to Friday', '2026-11-29', MONDAY_TO_FRIDAY, false],
    ['Sunday 29 November 2026, Sunday to Thursday', '2026-11-29', { workdays: [0, 1, 2, 3, 4] }, true],
    ['Friday 27 November 2026, Sunday to Thursday', '2026-11-27', { workdays: [0, 1, 2, 3, 4] }, false],
    ['leap day Tuesday 29 February 2028, Tuesdays only', '2028-02-29', { workdays: [2] }, true],
    ['Monday 30 November 2026, no workdays set', '2026-11-30', { workdays: [] }, false],
  ])('%s: %s', (_case, day, settings, expected) => {
    expect(isWorkday(day, settings)).toBe(expected);
  });

  it('reads the settings whole, as every caller passes them', () => {
    const settings = { reviewTime: '17:30', workdays: [1, 2, 3, 4, 5], weeklyReviewDay: 5 };
    expect(isWorkday('2026-11-25', settings)).toBe(true);
  });
});

describe('has any workday', () => {
  it.each([
    [[1, 2, 3, 4, 5], true],
    [[6], true],
    [[], false],
  ])('workdays %j: %s', (workdays, expected) => {
    expect(hasWorkdays({ workdays })).toBe(expected);
  });
});

describe('ticking a workday', () => {
  it.each([
    ['Saturday ticked onto Monday to Friday', [1, 2, 3, 4, 5], 6, true, [1, 2, 3, 4, 5, 6]],
    ['Sunday ticked comes first', [1, 2, 3], 0, true, [0, 1, 2, 3]],
    ['Friday unticked', [1, 2, 3, 4, 5], 5, false, [1, 2, 3, 4]],
    ['a day ticked twice is there once', [1, 2], 2, true, [1, 2]],
    ['a day not there unticked changes nothing', [1, 2], 6, false, [1, 2]],
  ])('%s', (_case, workdays, day, on, expected) => {
    expect(withWorkday(workdays, day, on)).toEqual(expected);
  });
});
