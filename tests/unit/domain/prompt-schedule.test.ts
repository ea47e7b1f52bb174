import { describe, expect, it } from 'vitest';
import { isLastWeek, reviewedWeek } from '../../../lib/domain/zoom-out-week';
import {
  EMPTY_PROMPT_STATE,
  duePrompts,
  firstReviewDay,
  markShown,
  nextPrompt,
  plannedDays,
  snooze,
  type Prompt,
  type PromptState,
  type ScheduleFacts,
} from '../../../lib/domain/prompt-schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/domain/settings';

const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const noFacts: ScheduleFacts = { reviewedDays: new Set(), reviewedWeeks: new Set(), plannedDays: new Set() };
const weekdaysOnly: Settings = { ...DEFAULT_SETTINGS, weeklyReviewDay: null };
/** A user who has seen every prompt up to and including `day`. */
const seenThrough = (day: string): PromptState =>
  markShown(EMPTY_PROMPT_STATE, [{ kind: 'daily-review', key: day, day, at: 0 }]);
const everyDay: Settings = { ...weekdaysOnly, workdays: [0, 1, 2, 3, 4, 5, 6] };

function next(
  settings: Settings,
  zone: string,
  now: string,
  facts = noFacts,
  state: PromptState = EMPTY_PROMPT_STATE,
) {
  const prompt = nextPrompt({ settings, timeZone: zone, now: at(now), facts, state });
  return prompt && { kind: prompt.kind, key: prompt.key, at: iso(prompt.at) };
}

function due(
  settings: Settings,
  zone: string,
  now: string,
  facts = noFacts,
  state: PromptState = EMPTY_PROMPT_STATE,
) {
  return duePrompts({ settings, timeZone: zone, now: at(now), facts, state }).map(
    (p) => `${p.kind} ${p.key}`,
  );
}

describe('the next prompt', () => {
  it.each([
    [
      'an ordinary workday, before review time',
      weekdaysOnly,
      NY,
      '2026-11-25T15:00:00Z',
      'daily-review',
      '2026-11-25',
      '2026-11-25T22:30:00.000Z',
    ],
    [
      'Friday evening skips the weekend to Monday',
      weekdaysOnly,
      NY,
      '2026-11-28T01:00:00Z',
      'daily-review',
      '2026-11-30',
      '2026-11-30T22:30:00.000Z',
    ],
    [
      'a Saturday: nothing until Monday',
      weekdaysOnly,
      'Europe/London',
      '2026-11-28T12:00:00Z',
      'daily-review',
      '2026-11-30',
      '2026-11-30T17:30:00.000Z',
    ],
    [
      'a half-hour zone',
      weekdaysOnly,
      'Asia/Kolkata',
      '2026-11-25T05:00:00Z',
      'daily-review',
      '2026-11-25',
      '2026-11-25T12:00:00.000Z',
    ],
  ])('%s', (_case, settings, zone, now, kind, key, when) => {
    expect(next(settings, zone, now)).toEqual({ kind, key, at: when });
  });

  it('after today’s review is written, the next is tomorrow’s', () => {
    const facts = { ...noFacts, reviewedDays: new Set(['2026-11-25']) };
    expect(next(weekdaysOnly, NY, '2026-11-25T15:00:00Z', facts)).toMatchObject({
      key: '2026-11-26',
      at: '2026-11-26T22:30:00.000Z',
    });
  });

  it('inside the skipped hour of spring forward (02:30 in New York) it comes at 03:30 EDT, once', () => {
    const settings = { ...everyDay, reviewTime: '02:30' };
    expect(next(settings, NY, '2026-03-08T05:00:00Z')).toMatchObject({
      key: '2026-03-08',
      at: '2026-03-08T07:30:00.000Z',
    });
    const state = markShown(EMPTY_PROMPT_STATE, [
      { kind: 'daily-review', key: '2026-03-08', day: '2026-03-08', at: 0 },
    ]);
    expect(next(settings, NY, '2026-03-08T07:31:00Z', noFacts, state)).toMatchObject({
      key: '2026-03-09',
      at: '2026-03-09T06:30:00.000Z',
    });
  });

  it('inside the repeated hour of fall back (01:30) it comes at the first 01:30, not twice', () => {
    const settings = { ...everyDay, reviewTime: '01:30' };
    expect(next(settings, NY, '2026-11-01T04:00:00Z')).toMatchObject({
      key: '2026-11-01',
      at: '2026-11-01T05:30:00.000Z',
    });
    const state = markShown(EMPTY_PROMPT_STATE, [
      { kind: 'daily-review', key: '2026-11-01', day: '2026-11-01', at: 0 },
    ]);
    // An hour later the wall clock reads 01:30 again (EST); the next prompt is still the next day.
    expect(next(settings, NY, '2026-11-01T06:20:00Z', noFacts, state)).toMatchObject({
      key: '2026-11-02',
      at: '2026-11-02T06:30:00.000Z',
    });
  });

  it('after a time-zone change the review comes at the local time of the new zone, and not twice for one day', () => {
    expect(next(weekdaysOnly, 'Europe/London', '2026-11-25T09:00:00Z')).toMatchObject({
      at: '2026-11-25T17:30:00.000Z',
    });
    expect(next(weekdaysOnly, 'Asia/Tokyo', '2026-11-25T00:00:00Z')).toMatchObject({
      at: '2026-11-25T08:30:00.000Z',
    });
    // Shown in London at 17:30 GMT, then flown to New York, landing at 15:00 EST the same day.
    const state = markShown(EMPTY_PROMPT_STATE, [
      { kind: 'daily-review', key: '2026-11-25', day: '2026-11-25', at: 0 },
    ]);
    expect(due(weekdaysOnly, NY, '2026-11-25T20:00:00Z', noFacts, state)).toEqual([]);
    expect(next(weekdaysOnly, NY, '2026-11-25T20:00:00Z', noFacts, state)).toMatchObject({
      key: '2026-11-26',
    });
  });

  it('morning, daily and weekly prompts come in that order on the weekly review day', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, morningTime: '08:30', weeklyReviewDay: 5 };
    let state = EMPTY_PROMPT_STATE;
    let now = at('2026-11-27T11:00:00Z'); // Friday, 06:00 in New York
    const order: string[] = [];
    for (let step = 0; step < 3; step++) {
      const prompt = nextPrompt({ settings, timeZone: NY, now, facts: noFacts, state })!;
      order.push(`${prompt.kind} ${prompt.key} ${iso(prompt.at)}`);
      now = prompt.at;
      const shown = duePrompts({ settings, timeZone: NY, now, facts: noFacts, state });
      state = markShown(state, shown);
    }
    expect(order).toEqual([
      'morning-plan 2026-11-27 2026-11-27T13:30:00.000Z',
      'daily-review 2026-11-27 2026-11-27T22:30:00.000Z',
      'weekly-review 2026-W48 2026-11-27T23:00:00.000Z',
    ]);
  });

  it('no prompts at all when prompts are switched off', () => {
    expect(next({ ...weekdaysOnly, promptsEnabled: false }, NY, '2026-11-25T15:00:00Z')).toBeNull();
    expect(due({ ...weekdaysOnly, promptsEnabled: false }, NY, '2026-11-25T23:00:00Z')).toEqual([]);
  });
});

describe('prompts due now', () => {
  it('is due at its time, and an alarm that fires a few seconds early still counts', () => {
    const state = seenThrough('2026-11-24');
    expect(due(weekdaysOnly, NY, '2026-11-25T22:30:00Z', noFacts, state)).toEqual([
      'daily-review 2026-11-25',
    ]);
    expect(due(weekdaysOnly, NY, '2026-11-25T22:29:58Z', noFacts, state)).toEqual([
      'daily-review 2026-11-25',
    ]);
    expect(due(weekdaysOnly, NY, '2026-11-25T22:25:00Z', noFacts, state)).toEqual([]);
  });

  it('the device asleep past review time: due once when it wakes', () => {
    const before = seenThrough('2026-11-24');
    expect(due(weekdaysOnly, NY, '2026-11-26T01:00:00Z', noFacts, before)).toEqual([
      'daily-review 2026-11-25',
    ]);
    const state = markShown(
      before,
      duePrompts({
        settings: weekdaysOnly,
        timeZone: NY,
        now: at('2026-11-26T01:00:00Z'),
        facts: noFacts,
        state: before,
      }),
    );
    expect(due(weekdaysOnly, NY, '2026-11-26T01:05:00Z', noFacts, state)).toEqual([]);
  });

  it('after a weekend with the browser closed: only Friday’s review, once, as the first prompt', () => {
    const settings: Settings = { ...weekdaysOnly, morningTime: '08:30' };
    const dueNow = due(settings, NY, '2026-11-30T14:00:00Z'); // Monday 09:00, morning prompt missed too
    expect(dueNow[0]).toBe('daily-review 2026-11-27');
    const state = markShown(
      EMPTY_PROMPT_STATE,
      duePrompts({
        settings,
        timeZone: NY,
        now: at('2026-11-30T14:00:00Z'),
        facts: noFacts,
        state: EMPTY_PROMPT_STATE,
      }),
    );
    expect(due(settings, NY, '2026-11-30T14:01:00Z', noFacts, state)).toEqual([]);
  });

  it('a review missed more than three days ago is not notified; the most recent one comes first', () => {
    // Seen through Tuesday 24; the browser was closed until Tuesday 1 December, 09:00.
    const dueNow = due(weekdaysOnly, NY, '2026-12-01T14:00:00Z', noFacts, seenThrough('2026-11-24'));
    expect(dueNow).toEqual(['daily-review 2026-11-30']);
    expect(dueNow).not.toContain('daily-review 2026-11-27');
  });

  it('a missed morning prompt still comes if the day is not planned and the review time is ahead', () => {
    const settings: Settings = { ...weekdaysOnly, morningTime: '08:30' };
    const state = seenThrough('2026-11-24');
    expect(due(settings, NY, '2026-11-25T16:00:00Z', noFacts, state)).toEqual(['morning-plan 2026-11-25']);
    const planned = { ...noFacts, plannedDays: new Set(['2026-11-25']) };
    expect(due(settings, NY, '2026-11-25T16:00:00Z', planned, state)).toEqual([]);
    expect(due(settings, NY, '2026-11-25T23:00:00Z', noFacts, state)).not.toContain(
      'morning-plan 2026-11-25',
    );
  });

  it('nothing before the day Flourish was installed', () => {
    const state = { ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' };
    expect(due(weekdaysOnly, NY, '2026-11-25T15:00:00Z', noFacts, state)).toEqual([]);
  });

  it('a snoozed prompt comes back once, after the snooze', () => {
    const prompt: Prompt = {
      kind: 'daily-review',
      key: '2026-11-25',
      day: '2026-11-25',
      at: at('2026-11-25T22:30:00Z'),
    };
    let state = markShown(EMPTY_PROMPT_STATE, [prompt]);
    state = snooze(state, [prompt], at('2026-11-25T22:31:00Z'), 15);
    expect(next(weekdaysOnly, NY, '2026-11-25T22:31:00Z', noFacts, state)).toEqual({
      kind: 'daily-review',
      key: '2026-11-25',
      at: '2026-11-25T22:46:00.000Z',
    });
    const back = duePrompts({
      settings: weekdaysOnly,
      timeZone: NY,
      now: at('2026-11-25T22:46:00Z'),
      facts: noFacts,
      state,
    });
    expect(back.map((p) => p.key)).toEqual(['2026-11-25']);
    state = markShown(state, back);
    expect(state.snoozed).toEqual([]);
    expect(next(weekdaysOnly, NY, '2026-11-25T22:47:00Z', noFacts, state)).toMatchObject({
      key: '2026-11-26',
    });
  });

  it('a snoozed prompt does not come back once the review is written', () => {
    const prompt = { kind: 'daily-review' as const, key: '2026-11-25', day: '2026-11-25' };
    const state = snooze(
      markShown(EMPTY_PROMPT_STATE, [{ ...prompt, at: 0 }]),
      [prompt],
      at('2026-11-25T22:31:00Z'),
      15,
    );
    const facts = { ...noFacts, reviewedDays: new Set(['2026-11-25']) };
    expect(due(weekdaysOnly, NY, '2026-11-25T22:46:00Z', facts, state)).toEqual([]);
  });
});

describe('the first day to review after installing', () => {
  it.each([
    ['in the morning: that same day', '2026-11-25T14:00:00Z', '17:30', '2026-11-25'],
    ['a minute before the review time: that same day', '2026-11-25T22:29:00Z', '17:30', '2026-11-25'],
    ['at the review time: the next day', '2026-11-25T22:30:00Z', '17:30', '2026-11-26'],
    ['in the evening: the next day', '2026-11-25T23:00:00Z', '17:30', '2026-11-26'],
    [
      'in the evening, with a later review time: that same day',
      '2026-11-25T23:00:00Z',
      '21:00',
      '2026-11-25',
    ],
    ['just after midnight: that new day', '2026-11-26T05:10:00Z', '17:30', '2026-11-26'],
  ])('installed %s', (_case, installedAt, reviewTime, expected) => {
    expect(firstReviewDay(at(installedAt), reviewTime, NY)).toBe(expected);
  });

  it('installed at 18:00 on a Wednesday: no prompt now, the first one on Thursday', () => {
    const now = '2026-11-25T23:00:00Z'; // 18:00 in New York
    const state = { ...EMPTY_PROMPT_STATE, firstDay: firstReviewDay(at(now), '17:30', NY) };
    expect(due(weekdaysOnly, NY, now, noFacts, state)).toEqual([]);
    expect(next(weekdaysOnly, NY, now, noFacts, state)).toMatchObject({
      key: '2026-11-26',
      at: '2026-11-26T22:30:00.000Z',
    });
  });

  it('installed at 18:00 on a Friday with the weekly zoom-out that day: neither prompt comes', () => {
    const now = '2026-11-27T23:00:00Z';
    const state = { ...EMPTY_PROMPT_STATE, firstDay: firstReviewDay(at(now), '17:30', NY) };
    expect(due(DEFAULT_SETTINGS, NY, now, noFacts, state)).toEqual([]);
    expect(next(DEFAULT_SETTINGS, NY, now, noFacts, state)).toMatchObject({ key: '2026-11-30' });
  });
});

describe('a day counts as planned', () => {
  it.each([
    ['a commitment the user added', [{ day: '2026-11-25' }], ['2026-11-25']],
    ['only a recurring commitment added at midnight', [{ day: '2026-11-25', recurrenceId: 'r1' }], []],
    ['only a commitment carried from yesterday', [{ day: '2026-11-25', carriedFrom: 'c1' }], []],
    [
      'a carried recurring one beside one the user added',
      [
        { day: '2026-11-25', recurrenceId: 'r1', carriedFrom: 'c1' },
        { day: '2026-11-25' },
        { day: '2026-11-26', recurrenceId: 'r1' },
      ],
      ['2026-11-25'],
    ],
  ])('with %s', (_case, commitments, expected) => {
    expect([...plannedDays(commitments)]).toEqual(expected);
  });

  it('a morning prompt still comes on a day that only has recurring and carried commitments', () => {
    const settings: Settings = { ...weekdaysOnly, morningTime: '08:30' };
    const facts = {
      ...noFacts,
      plannedDays: plannedDays([
        { day: '2026-11-25', recurrenceId: 'r1' },
        { day: '2026-11-25', carriedFrom: 'c1' },
      ]),
    };
    expect(due(settings, NY, '2026-11-25T13:30:00Z', facts, seenThrough('2026-11-24'))).toEqual([
      'morning-plan 2026-11-25',
    ]);
  });
});

describe('the week the weekly zoom-out reviews', () => {
  it.each([
    ['Monday', '2026-11-30', '2026-W48'],
    ['Tuesday', '2026-12-01', '2026-W48'],
    ['Wednesday', '2026-12-02', '2026-W48'],
    ['Thursday', '2026-12-03', '2026-W49'],
    ['Friday', '2026-12-04', '2026-W49'],
    ['Sunday', '2026-12-06', '2026-W49'],
    ['Monday after ISO week 53', '2027-01-04', '2026-W53'],
    ['Friday of the first ISO week of 2027', '2027-01-08', '2027-W01'],
  ])('on a %s (%s) is %s', (_case, day, week) => {
    expect(reviewedWeek(day)).toBe(week);
  });

  it.each([
    ['the week before, seen on a Monday', '2026-W48', '2026-11-30', true],
    ['the week under way', '2026-W49', '2026-11-30', false],
    ['two weeks back', '2026-W47', '2026-12-04', false],
    ['ISO week 53, seen in the first week of the next year', '2026-W53', '2027-01-04', true],
  ])('counts %s as last week: %s on %s', (_case, week, today, expected) => {
    expect(isLastWeek(week, today)).toBe(expected);
  });

  it.each([
    [1, '2026-11-30', '2026-W48'],
    [3, '2026-12-02', '2026-W48'],
    [4, '2026-12-03', '2026-W49'],
    [5, '2026-12-04', '2026-W49'],
  ])('with weekday %i chosen, the prompt on %s is for %s', (weeklyReviewDay, day, week) => {
    const settings: Settings = { ...weekdaysOnly, weeklyReviewDay };
    const facts = { ...noFacts, reviewedDays: new Set([day]) };
    const prompt = next(settings, NY, `${day}T15:00:00Z`, facts, seenThrough(day));
    expect(prompt).toMatchObject({ kind: 'weekly-review', key: week });
  });

  it('installed on a Monday with the zoom-out on Mondays: last week, all before Flourish, is not asked about', () => {
    const settings: Settings = { ...weekdaysOnly, weeklyReviewDay: 1 };
    const state = { ...EMPTY_PROMPT_STATE, firstDay: '2026-11-30' };
    const facts = { ...noFacts, reviewedDays: new Set(['2026-11-30']) };
    expect(due(settings, NY, '2026-11-30T23:30:00Z', facts, state)).toEqual([]);
    // The next Monday's zoom-out, of the first week with Flourish, comes.
    expect(next(settings, NY, '2026-11-30T23:30:00Z', facts, state)).toMatchObject({
      kind: 'daily-review',
      key: '2026-12-01',
    });
    const allReviewed = {
      ...facts,
      reviewedDays: new Set(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07']),
    };
    expect(due(settings, NY, '2026-12-07T23:30:00Z', allReviewed, state)).toEqual(['weekly-review 2026-W49']);
  });

  it('a missed Friday zoom-out is still caught up on Monday, and not once the next week is under way', () => {
    const settings: Settings = { ...weekdaysOnly, weeklyReviewDay: 5 };
    const state = markShown(EMPTY_PROMPT_STATE, [
      { kind: 'daily-review', key: '2026-12-04', day: '2026-12-04', at: 0 },
    ]);
    expect(due(settings, NY, '2026-12-07T14:00:00Z', noFacts, state)).toContain('weekly-review 2026-W49');
    expect(due(settings, NY, '2026-12-10T14:00:00Z', noFacts, state)).not.toContain('weekly-review 2026-W49');
  });
});

describe('prompts due at the same time', () => {
  // New York, November 2026 (EST, UTC−5): Wed 25, Thu 26, Fri 27, Mon 30. Weekdays, review at
  // 17:30, the morning prompt at 08:30, the weekly zoom-out on Fridays at 18:00.
  const settings: Settings = { ...DEFAULT_SETTINGS, morningTime: '08:30', weeklyReviewDay: 5 };
  const shownUpTo = (shown: PromptState['shown'], snoozed: PromptState['snoozed'] = []): PromptState => ({
    ...EMPTY_PROMPT_STATE,
    firstDay: '2026-11-02',
    shown,
    snoozed,
  });
  const reviewed = (...days: string[]) => ({ ...noFacts, reviewedDays: new Set(days) });

  it.each([
    [
      'morning plan and daily review: the laptop shut on Wednesday at 17:00, opened on Thursday at 08:45',
      shownUpTo({ 'daily-review': '2026-11-24', 'morning-plan': '2026-11-25' }),
      noFacts,
      '2026-11-26T13:45:00Z',
      ['daily-review 2026-11-25', 'morning-plan 2026-11-26'],
      { 'daily-review': '2026-11-25', 'morning-plan': '2026-11-26' },
      'daily-review 2026-11-26 2026-11-26T22:30:00.000Z',
    ],
    [
      'daily review and weekly zoom-out: the browser closed from 17:30 to 18:00 on the zoom-out day',
      shownUpTo({ 'daily-review': '2026-11-26', 'morning-plan': '2026-11-27', 'weekly-review': '2026-W47' }),
      noFacts,
      '2026-11-27T23:00:00Z',
      ['daily-review 2026-11-27', 'weekly-review 2026-W48'],
      { 'daily-review': '2026-11-27', 'morning-plan': '2026-11-27', 'weekly-review': '2026-W48' },
      'morning-plan 2026-11-30 2026-11-30T13:30:00.000Z',
    ],
    [
      'weekly zoom-out and morning plan: Friday reviewed, the laptop shut at 17:45 until Monday 08:45',
      shownUpTo({ 'daily-review': '2026-11-27', 'morning-plan': '2026-11-27', 'weekly-review': '2026-W47' }),
      reviewed('2026-11-27'),
      '2026-11-30T13:45:00Z',
      ['weekly-review 2026-W48', 'morning-plan 2026-11-30'],
      { 'daily-review': '2026-11-27', 'morning-plan': '2026-11-30', 'weekly-review': '2026-W48' },
      'daily-review 2026-11-30 2026-11-30T22:30:00.000Z',
    ],
    [
      'all three: the laptop shut on Friday at 17:00, opened on Monday at 08:45',
      shownUpTo({ 'daily-review': '2026-11-26', 'morning-plan': '2026-11-27', 'weekly-review': '2026-W47' }),
      noFacts,
      '2026-11-30T13:45:00Z',
      ['daily-review 2026-11-27', 'weekly-review 2026-W48', 'morning-plan 2026-11-30'],
      { 'daily-review': '2026-11-27', 'morning-plan': '2026-11-30', 'weekly-review': '2026-W48' },
      'daily-review 2026-11-30 2026-11-30T22:30:00.000Z',
    ],
    [
      'two daily reviews: the laptop shut on Tuesday at 17:00, opened on Thursday at 10:00',
      shownUpTo({ 'daily-review': '2026-11-23', 'morning-plan': '2026-11-26' }),
      noFacts,
      '2026-11-26T15:00:00Z',
      ['daily-review 2026-11-25', 'daily-review 2026-11-24'],
      { 'daily-review': '2026-11-25', 'morning-plan': '2026-11-26' },
      'daily-review 2026-11-26 2026-11-26T22:30:00.000Z',
    ],
    [
      'a snoozed review and the morning plan: Wednesday’s review snoozed at 17:31, the laptop shut, opened on Thursday at 08:45',
      shownUpTo({ 'daily-review': '2026-11-25', 'morning-plan': '2026-11-25' }, [
        { kind: 'daily-review', key: '2026-11-25', day: '2026-11-25', until: at('2026-11-25T22:46:00Z') },
      ]),
      noFacts,
      '2026-11-26T13:45:00Z',
      ['daily-review 2026-11-25', 'morning-plan 2026-11-26'],
      { 'daily-review': '2026-11-25', 'morning-plan': '2026-11-26' },
      'daily-review 2026-11-26 2026-11-26T22:30:00.000Z',
    ],
    [
      'a snoozed review and the next day’s review: snoozed on Wednesday, opened on Thursday at 17:45',
      shownUpTo({ 'daily-review': '2026-11-25', 'morning-plan': '2026-11-26' }, [
        { kind: 'daily-review', key: '2026-11-25', day: '2026-11-25', until: at('2026-11-25T22:46:00Z') },
      ]),
      noFacts,
      '2026-11-26T22:45:00Z',
      ['daily-review 2026-11-26', 'daily-review 2026-11-25'],
      { 'daily-review': '2026-11-26', 'morning-plan': '2026-11-26' },
      'morning-plan 2026-11-27 2026-11-27T13:30:00.000Z',
    ],
    [
      'a snoozed review and the weekly zoom-out: Friday’s review snoozed for 30 minutes at 17:31, opened at 18:05',
      shownUpTo({ 'daily-review': '2026-11-27', 'morning-plan': '2026-11-27', 'weekly-review': '2026-W47' }, [
        { kind: 'daily-review', key: '2026-11-27', day: '2026-11-27', until: at('2026-11-27T23:01:00Z') },
      ]),
      noFacts,
      '2026-11-27T23:05:00Z',
      ['daily-review 2026-11-27', 'weekly-review 2026-W48'],
      { 'daily-review': '2026-11-27', 'morning-plan': '2026-11-27', 'weekly-review': '2026-W48' },
      'morning-plan 2026-11-30 2026-11-30T13:30:00.000Z',
    ],
  ])('%s: all due, all marked shown, none left', (_case, state, facts, now, expected, shown, following) => {
    const input = { settings, timeZone: NY, now: at(now), facts, state };
    const dueNow = duePrompts(input);
    expect(dueNow.map((p) => `${p.kind} ${p.key}`)).toEqual(expected);
    const after = markShown(state, dueNow);
    expect(after.shown).toEqual(shown);
    expect(after.snoozed).toEqual([]);
    // Nothing is due any more (no pile, no repeat), and the next prompt is the one after them.
    expect(duePrompts({ ...input, state: after })).toEqual([]);
    const upcoming = nextPrompt({ ...input, state: after })!;
    expect(`${upcoming.kind} ${upcoming.key} ${iso(upcoming.at)}`).toBe(following);
  });

  it('marks only what it is given: a morning plan left out stays due', () => {
    const state = shownUpTo({ 'daily-review': '2026-11-24', 'morning-plan': '2026-11-25' });
    const input = { settings, timeZone: NY, now: at('2026-11-26T13:45:00Z'), facts: noFacts, state };
    const [review] = duePrompts(input);
    const after = markShown(state, [review!]);
    expect(duePrompts({ ...input, state: after }).map((p) => `${p.kind} ${p.key}`)).toEqual([
      'morning-plan 2026-11-26',
    ]);
  });

  it('snoozing a notification that names two prompts brings both back, together, after the snooze', () => {
    const state = shownUpTo({ 'daily-review': '2026-11-24', 'morning-plan': '2026-11-25' });
    const input = { settings, timeZone: NY, now: at('2026-11-26T13:45:00Z'), facts: noFacts, state };
    const named = duePrompts(input);
    const snoozed = snooze(markShown(state, named), named, input.now, 15);
    expect(duePrompts({ ...input, state: snoozed })).toEqual([]);
    const back = { ...input, now: at('2026-11-26T14:00:00Z'), state: snoozed };
    expect(nextPrompt({ ...input, state: snoozed })).toMatchObject({ at: at('2026-11-26T14:00:00Z') });
    expect(duePrompts(back).map((p) => `${p.kind} ${p.key}`)).toEqual([
      'daily-review 2026-11-25',
      'morning-plan 2026-11-26',
    ]);
    // The plan made in the meantime: only the review comes back.
    const planned = { ...back, facts: { ...noFacts, plannedDays: new Set(['2026-11-26']) } };
    expect(duePrompts(planned).map((p) => `${p.kind} ${p.key}`)).toEqual(['daily-review 2026-11-25']);
  });
});
