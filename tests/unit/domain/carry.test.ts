import { describe, expect, it } from 'vitest';
import { carryTarget, workdayOnOrAfter } from '../../../lib/domain/carry';

/** Monday to Friday: the settings' workdays, as the rule reads them. */
const WEEKDAYS = { workdays: [1, 2, 3, 4, 5] };

describe('carrying a commitment forward', () => {
  it.each([
    ['a review written the same day goes to the next workday', '2026-11-25', '2026-11-25', '2026-11-26'],
    ['Friday goes to Monday', '2026-11-27', '2026-11-27', '2026-11-30'],
    [
      'a review written after midnight still goes to the next workday, which is today',
      '2026-11-25',
      '2026-11-26',
      '2026-11-26',
    ],
    [
      'Monday reviewed on Thursday goes to today, not to a past Tuesday',
      '2026-11-23',
      '2026-11-26',
      '2026-11-26',
    ],
    ['Friday reviewed on Sunday goes to Monday', '2026-11-27', '2026-11-29', '2026-11-30'],
    ['across a year end', '2026-12-31', '2026-12-31', '2027-01-01'],
  ])('%s', (_case, day, today, target) => {
    expect(carryTarget(day, today, WEEKDAYS)).toBe(target);
  });

  it('with no workdays set, the next calendar day', () => {
    expect(workdayOnOrAfter('2026-11-28', { workdays: [] })).toBe('2026-11-28');
    expect(carryTarget('2026-11-27', '2026-11-27', { workdays: [] })).toBe('2026-11-28');
  });
});
