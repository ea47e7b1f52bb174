import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROMPT_STATE,
  duePrompts,
  markShown,
  nextPrompt,
  type PromptState,
  type ScheduleFacts,
} from '../../../lib/domain/prompt-schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/domain/settings';

// New York, November 2026 (EST, UTC−5): Wed 25, Thu 26, Fri 27, Sat 28, Sun 29, Mon 30. Weekdays,
// review at 17:30 (22:30Z), the morning prompt at 08:30 (13:30Z), the zoom-out on Fridays at 18:00.
const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const settings: Settings = { ...DEFAULT_SETTINGS, morningTime: '08:30', weeklyReviewDay: 5 };
const facts = (nextSessionDay: string | null, ...reviewed: string[]): ScheduleFacts => ({
  reviewedDays: new Set(reviewed),
  reviewedWeeks: new Set(),
  plannedDays: new Set(),
  nextSessionDay,
});
const shownUpTo = (shown: PromptState['shown']): PromptState => ({
  ...EMPTY_PROMPT_STATE,
  firstDay: '2026-11-02',
  shown,
});
const wednesday = shownUpTo({ 'daily-review': '2026-11-24', 'morning-plan': '2026-11-25' });
const due = (input: { settings: Settings; facts: ScheduleFacts; now: string; state: PromptState }) =>
  duePrompts({ ...input, timeZone: NY, now: at(input.now) }).map((p) => `${p.kind} ${p.key}`);

describe('the reminder the day before a coaching session', () => {
  it.each([
    ['no next session: the review alone', settings, facts(null), ['daily-review 2026-11-25']],
    [
      'the session tomorrow: the reminder with the review, at the review time',
      settings,
      facts('2026-11-26'),
      ['daily-review 2026-11-25', 'session-reminder 2026-11-26'],
    ],
    [
      'the reminder turned off in Settings',
      { ...settings, sessionReminder: false },
      facts('2026-11-26'),
      ['daily-review 2026-11-25'],
    ],
    [
      'settings stored before the reminder existed: on',
      { ...settings, sessionReminder: undefined },
      facts('2026-11-26'),
      ['daily-review 2026-11-25', 'session-reminder 2026-11-26'],
    ],
    ['the next session in the past', settings, facts('2026-11-20'), ['daily-review 2026-11-25']],
    ['the next session in two days: not yet', settings, facts('2026-11-27'), ['daily-review 2026-11-25']],
    ['prompts turned off: nothing', { ...settings, promptsEnabled: false }, facts('2026-11-26'), []],
  ])('on Wednesday at 17:30, %s', (_case, chosen, scheduleFacts, expected) => {
    expect(
      due({ settings: chosen, facts: scheduleFacts, now: '2026-11-25T22:30:00Z', state: wednesday }),
    ).toEqual(expected);
  });

  it('comes the day before a Monday session, on the Sunday, though Sunday is no workday', () => {
    const state = shownUpTo({
      'daily-review': '2026-11-27',
      'morning-plan': '2026-11-27',
      'weekly-review': '2026-W48',
    });
    const next = nextPrompt({
      settings,
      timeZone: NY,
      now: at('2026-11-28T17:00:00Z'),
      facts: facts('2026-11-30'),
      state,
    });
    expect(next && `${next.kind} ${next.key} ${iso(next.at)}`).toBe(
      'session-reminder 2026-11-30 2026-11-29T22:30:00.000Z',
    );
  });

  it('comes once: shown, it is not due again that evening, nor the next morning', () => {
    const input = { settings, facts: facts('2026-11-26', '2026-11-25'), state: wednesday };
    const shown = markShown(
      wednesday,
      duePrompts({ ...input, timeZone: NY, now: at('2026-11-25T22:30:00Z') }),
    );
    expect(shown.shown['session-reminder']).toBe('2026-11-26');
    expect(due({ ...input, now: '2026-11-25T23:30:00Z', state: shown })).toEqual([]);
    expect(due({ ...input, now: '2026-11-26T13:31:00Z', state: shown })).toEqual(['morning-plan 2026-11-26']);
  });

  it.each([
    [
      'caught up on the session’s day when the browser was closed the evening before',
      '2026-11-26T13:31:00Z',
      true,
    ],
    ['not once the session’s day has passed', '2026-11-27T13:31:00Z', false],
  ])('a missed reminder is %s', (_case, now, expected) => {
    const state = shownUpTo({ 'daily-review': '2026-11-26', 'morning-plan': '2026-11-27' });
    expect(
      due({ settings, facts: facts('2026-11-26'), now, state }).includes('session-reminder 2026-11-26'),
    ).toBe(expected);
  });

  it('is over once the session moves: the reminder of the old date is not shown', () => {
    expect(
      due({
        settings,
        facts: facts('2026-12-03', '2026-11-25'),
        now: '2026-11-25T22:30:00Z',
        state: wednesday,
      }),
    ).toEqual([]);
  });
});

describe('the session reminder due with other prompts', () => {
  it.each([
    [
      'daily review and reminder: both at Wednesday’s review time',
      wednesday,
      facts('2026-11-26'),
      '2026-11-25T22:30:00Z',
      ['daily-review 2026-11-25', 'session-reminder 2026-11-26'],
      { 'daily-review': '2026-11-25', 'morning-plan': '2026-11-25', 'session-reminder': '2026-11-26' },
      'morning-plan 2026-11-26 2026-11-26T13:30:00.000Z',
    ],
    [
      'morning plan and reminder: Wednesday reviewed, the laptop shut at 17:00 until Thursday 08:45, the session that day',
      wednesday,
      facts('2026-11-26', '2026-11-25'),
      '2026-11-26T13:45:00Z',
      ['morning-plan 2026-11-26', 'session-reminder 2026-11-26'],
      { 'daily-review': '2026-11-24', 'morning-plan': '2026-11-26', 'session-reminder': '2026-11-26' },
      'daily-review 2026-11-26 2026-11-26T22:30:00.000Z',
    ],
    [
      'weekly zoom-out and reminder: Friday reviewed, the browser closed from 17:20 to 18:00, the session on Saturday',
      shownUpTo({ 'daily-review': '2026-11-26', 'morning-plan': '2026-11-27', 'weekly-review': '2026-W47' }),
      facts('2026-11-28', '2026-11-27'),
      '2026-11-27T23:00:00Z',
      ['weekly-review 2026-W48', 'session-reminder 2026-11-28'],
      {
        'daily-review': '2026-11-26',
        'morning-plan': '2026-11-27',
        'weekly-review': '2026-W48',
        'session-reminder': '2026-11-28',
      },
      'morning-plan 2026-11-30 2026-11-30T13:30:00.000Z',
    ],
    [
      'all of Friday evening: review, zoom-out and reminder, the browser closed from 17:20 to 18:00',
      shownUpTo({ 'daily-review': '2026-11-26', 'morning-plan': '2026-11-27', 'weekly-review': '2026-W47' }),
      facts('2026-11-28'),
      '2026-11-27T23:00:00Z',
      ['daily-review 2026-11-27', 'weekly-review 2026-W48', 'session-reminder 2026-11-28'],
      {
        'daily-review': '2026-11-27',
        'morning-plan': '2026-11-27',
        'weekly-review': '2026-W48',
        'session-reminder': '2026-11-28',
      },
      'morning-plan 2026-11-30 2026-11-30T13:30:00.000Z',
    ],
  ])(
    '%s: all due, all marked shown, none left',
    (_case, state, scheduleFacts, now, expected, shown, following) => {
      const input = { settings, timeZone: NY, now: at(now), facts: scheduleFacts, state };
      const dueNow = duePrompts(input);
      expect(dueNow.map((p) => `${p.kind} ${p.key}`)).toEqual(expected);
      const after = markShown(state, dueNow);
      expect(after.shown).toEqual(shown);
      expect(duePrompts({ ...input, state: after })).toEqual([]);
      const upcoming = nextPrompt({ ...input, state: after })!;
      expect(`${upcoming.kind} ${upcoming.key} ${iso(upcoming.at)}`).toBe(following);
    },
  );
});

describe('the reminder when the day before the session is a day off', () => {
  const off = (nextSessionDay: string): ScheduleFacts => ({
    ...facts(nextSessionDay, '2026-11-24'),
    daysOff: [{ from: '2026-11-25', to: '2026-11-25' }],
  });
  it.each([
    ['Wednesday 17:30, the day off: nothing', settings, '2026-11-25T22:30:00Z', []],
    [
      'Thursday 08:30, the session’s morning: the morning plan, then the reminder',
      settings,
      '2026-11-26T13:30:00Z',
      ['morning-plan 2026-11-26', 'session-reminder 2026-11-26'],
    ],
    [
      'Thursday 08:00 with no morning prompt: the reminder alone',
      { ...settings, morningTime: null },
      '2026-11-26T13:00:00Z',
      ['session-reminder 2026-11-26'],
    ],
    [
      'Thursday 08:30 with the reminder turned off: the morning plan alone',
      { ...settings, sessionReminder: false },
      '2026-11-26T13:30:00Z',
      ['morning-plan 2026-11-26'],
    ],
  ])('%s', (_case, chosen, now, expected) => {
    expect(due({ settings: chosen, facts: off('2026-11-26'), now, state: wednesday })).toEqual(expected);
  });
});
