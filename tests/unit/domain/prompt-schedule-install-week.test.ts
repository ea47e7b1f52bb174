import { describe, expect, it } from 'vitest';
import { EMPTY_PROMPT_STATE, nextPrompt } from '../../../lib/domain/prompt-schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/domain/settings';

const NY = 'America/New_York';
const noFacts = {
  reviewedDays: new Set<string>(),
  reviewedWeeks: new Set<string>(),
  plannedDays: new Set<string>(),
};

/** The next weekly zoom-out for someone who started on `firstDay`; no daily reviews, so it comes first. */
function nextZoomOut(weeklyReviewDay: number, firstDay: string, now: string) {
  const settings: Settings = { ...DEFAULT_SETTINGS, workdays: [], weeklyReviewDay, reviewTime: '17:30' };
  const prompt = nextPrompt({
    settings,
    timeZone: NY,
    now: Date.parse(now),
    facts: noFacts,
    state: { ...EMPTY_PROMPT_STATE, firstDay },
  });
  return prompt && { kind: prompt.kind, key: prompt.key, at: new Date(prompt.at).toISOString() };
}

// Week 48 of 2026 runs from Monday 23 to Sunday 29 November. The zoom-out comes 30 minutes after
// the 17:30 review time: 18:00 in New York, 23:00 UTC in November.
describe('the first weekly zoom-out after installing mid-week', () => {
  it.each([
    ['on Wednesday 25', '2026-11-25', '2026-11-25T14:00:00Z'],
    ['on Sunday 29, its last day', '2026-11-29', '2026-11-29T14:00:00Z'],
  ])(
    'installed %s: Monday’s zoom-out looks back on that week, which Flourish saw part of',
    (_case, firstDay, now) => {
      expect(nextZoomOut(1, firstDay, now)).toEqual({
        kind: 'weekly-review',
        key: '2026-W48',
        at: '2026-11-30T23:00:00.000Z',
      });
    },
  );

  it('installed on Wednesday 25: Friday’s zoom-out is on that same week', () => {
    expect(nextZoomOut(5, '2026-11-25', '2026-11-25T14:00:00Z')).toEqual({
      kind: 'weekly-review',
      key: '2026-W48',
      at: '2026-11-27T23:00:00.000Z',
    });
  });

  it('installed on Monday 30: that Monday’s zoom-out would look back on a week before Flourish, so the first is a week later', () => {
    expect(nextZoomOut(1, '2026-11-30', '2026-11-30T14:00:00Z')).toEqual({
      kind: 'weekly-review',
      key: '2026-W49',
      at: '2026-12-07T23:00:00.000Z',
    });
  });
});
