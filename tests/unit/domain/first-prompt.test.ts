import { describe, expect, it } from 'vitest';
import { describePromptTime, nextReviewPromptAt } from '../../../lib/domain/first-prompt';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/domain/settings';

const LONDON = 'Europe/London';
/** Monday to Friday at 17:30, as a new leader's settings are. */
const WEEKDAYS: Settings = { ...DEFAULT_SETTINGS };

/** When the first prompt comes, in words, for a leader finishing setup at `now` (London time). */
function firstPrompt(now: string, settings: Settings = WEEKDAYS, reviewed: string[] = []) {
  const instant = Date.parse(now);
  const at = nextReviewPromptAt(settings, instant, LONDON, new Set(reviewed));
  return at === null ? null : describePromptTime(at, instant, LONDON, 'en-GB');
}

describe('when the first end-of-day prompt really comes', () => {
  it.each([
    ['Wednesday 14:00, before the review time', '2026-11-25T14:00:00Z', WEEKDAYS, 'this evening at 17:30'],
    ['Wednesday 17:29, a minute before it', '2026-11-25T17:29:00Z', WEEKDAYS, 'this evening at 17:30'],
    ['Wednesday 17:30, as it comes', '2026-11-25T17:30:00Z', WEEKDAYS, 'tomorrow at 17:30'],
    ['Wednesday 18:00, after it', '2026-11-25T18:00:00Z', WEEKDAYS, 'tomorrow at 17:30'],
    [
      'Friday 19:00, after it, Saturday and Sunday off',
      '2026-11-27T19:00:00Z',
      WEEKDAYS,
      'on Monday at 17:30',
    ],
    ['Saturday morning, weekend off', '2026-11-28T09:00:00Z', WEEKDAYS, 'on Monday at 17:30'],
    ['Sunday evening, weekend off', '2026-11-29T20:00:00Z', WEEKDAYS, 'tomorrow at 17:30'],
    [
      'Wednesday 09:00, review at 12:30',
      '2026-11-25T09:00:00Z',
      { ...WEEKDAYS, reviewTime: '12:30' },
      'this afternoon at 12:30',
    ],
    [
      'Wednesday 06:00, review at 08:00',
      '2026-11-25T06:00:00Z',
      { ...WEEKDAYS, reviewTime: '08:00' },
      'this morning at 08:00',
    ],
    [
      'Wednesday 18:00, Mondays only',
      '2026-11-25T18:00:00Z',
      { ...WEEKDAYS, workdays: [1] },
      'on Monday at 17:30',
    ],
    [
      'Monday 18:00, Mondays only: a week on',
      '2026-11-30T18:00:00Z',
      { ...WEEKDAYS, workdays: [1] },
      'on Monday 7 December at 17:30',
    ],
    ['in summer time, Wednesday 14:00', '2026-07-01T13:00:00Z', WEEKDAYS, 'this evening at 17:30'],
  ])('%s: %s', (_case, now, settings, expected) => {
    expect(firstPrompt(now, settings)).toBe(expected);
  });

  it('skips a day whose review is already written', () => {
    expect(firstPrompt('2026-11-25T14:00:00Z', WEEKDAYS, ['2026-11-25'])).toBe('tomorrow at 17:30');
  });

  it('says none comes when prompts are switched off', () => {
    expect(firstPrompt('2026-11-25T14:00:00Z', { ...WEEKDAYS, promptsEnabled: false })).toBeNull();
  });

  it('says none comes when no day is a workday', () => {
    expect(firstPrompt('2026-11-25T14:00:00Z', { ...WEEKDAYS, workdays: [] })).toBeNull();
  });
});
