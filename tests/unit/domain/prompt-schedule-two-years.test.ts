import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROMPT_STATE,
  duePrompts,
  markShown,
  nextPrompt,
  type PromptState,
} from '../../../lib/domain/prompt-schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/domain/settings';
import { localInstant, weekdaysFrom } from '../../support/calendar';

const noFacts = {
  reviewedDays: new Set<string>(),
  reviewedWeeks: new Set<string>(),
  plannedDays: new Set<string>(),
};

// Expectations come from Temporal (tests/support/calendar.ts), not from lib/domain/days, which the
// scheduler itself uses: a slip in its zone arithmetic cannot hide in the expected values.
describe('two years of alarms in six time zones', () => {
  const zones = [
    'America/New_York',
    'Europe/London',
    'Australia/Sydney',
    'Asia/Kolkata',
    'Pacific/Auckland',
    'America/St_Johns',
  ];
  // Thursday 1 January 2026 to Friday 31 December 2027: 261 weekdays in each year.
  const WEEKDAYS = weekdaysFrom('2026-01-01', '2027-12-31');

  it.each(zones)(
    '%s: exactly one daily prompt at 17:30 local on every workday and none on other days',
    (zone) => {
      const settings: Settings = { ...DEFAULT_SETTINGS, weeklyReviewDay: null, reviewTime: '17:30' };
      let state: PromptState = { ...EMPTY_PROMPT_STATE, firstDay: '2026-01-01' };
      let now = Date.parse('2026-01-01T00:00:00Z');
      const end = Date.parse('2028-01-01T00:00:00Z');
      const shownAt = new Map<string, number[]>();
      while (now < end) {
        const shown = duePrompts({ settings, timeZone: zone, now, facts: noFacts, state });
        if (shown.length > 0) {
          const first = shown[0]!;
          shownAt.set(first.day, [...(shownAt.get(first.day) ?? []), now]);
          state = markShown(state, shown);
          continue;
        }
        now = nextPrompt({ settings, timeZone: zone, now, facts: noFacts, state })!.at;
      }
      // Every workday of the two years, each once, at its own 17:30 in this zone; no other day.
      expect(shownAt.size).toBe(522);
      expect(Object.fromEntries(shownAt)).toEqual(
        Object.fromEntries(WEEKDAYS.map((day) => [day, [localInstant(day, '17:30', zone)]])),
      );
    },
    30_000,
  );
});
