import { describe, expect, it } from 'vitest';
import { dayNumber, pickForDay } from '../../../lib/domain/item-of-the-day';

describe('the item of the day', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-02-01')).toBe(31);
  });

  it('cycles through the items one day at a time', () => {
    expect([0, 1, 2, 3, 4].map((day) => pickForDay(['a', 'b', 'c'], day))).toEqual(['a', 'b', 'c', 'a', 'b']);
  });

  it('has nothing to pick from an empty list', () => {
    expect(pickForDay([], 3)).toBeUndefined();
  });
});
