import { describe, expect, it } from 'vitest';
import { horizonShown, type HorizonChoice } from '../../../lib/domain/horizons';

const ALL = { now: 'Deeper one-to-ones', oneYear: 'Two directors ready', threeYears: 'Leading Europe' };
// 2026-11-25 is day 20,782 since 1970-01-01: 20,782 % 3 = 1, % 2 = 0.
const DAY = '2026-11-25';
const NEXT_DAY = '2026-11-26';

describe('the horizon the new tab shows', () => {
  it.each<[string, HorizonChoice, string, string]>([
    ['the one chosen: now', 'now', DAY, 'Deeper one-to-ones'],
    ['the one chosen: in a year', 'oneYear', DAY, 'Two directors ready'],
    ['the one chosen, whatever the day', 'threeYears', NEXT_DAY, 'Leading Europe'],
    ['in turn: the second on this day', 'inTurn', DAY, 'Two directors ready'],
    ['in turn: the third the next day', 'inTurn', NEXT_DAY, 'Leading Europe'],
  ])('shows %s', (_what, choice, day, text) => {
    expect(horizonShown(ALL, choice, day)?.text).toBe(text);
  });

  it('offers each written horizon and taking turns, and marks the choice in effect', () => {
    expect(horizonShown(ALL, 'oneYear', DAY)).toEqual({
      horizon: 'oneYear',
      text: 'Two directors ready',
      choices: ['now', 'oneYear', 'threeYears', 'inTurn'],
      choice: 'oneYear',
    });
  });

  it('takes turns among the written ones only, when the chosen one is not written', () => {
    const two = { now: 'Deeper one-to-ones', oneYear: '  ', threeYears: 'Leading Europe' };
    expect(horizonShown(two, 'oneYear', DAY)).toEqual({
      horizon: 'now',
      text: 'Deeper one-to-ones',
      choices: ['now', 'threeYears', 'inTurn'],
      choice: 'inTurn',
    });
  });

  it('offers no choice when only one is written, and shows nothing when none is', () => {
    const one = { now: '', oneYear: ' Two directors ready ', threeYears: '' };
    expect(horizonShown(one, 'now', DAY)).toEqual({
      horizon: 'oneYear',
      text: 'Two directors ready',
      choices: [],
      choice: 'inTurn',
    });
    expect(horizonShown({ now: '', oneYear: '', threeYears: ' ' }, 'inTurn', DAY)).toBeNull();
  });
});
