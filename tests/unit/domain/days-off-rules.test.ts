/**
 * Which days count when the leader marks days off: no prompt, nothing waiting, the streak passes
 * over them, the calendar says "day off", carry goes past them. The week of Monday 23 November 2026
 * in New York, review time 17:30 (22:30 UTC).
 */
import { describe, expect, it } from 'vitest';
import { carryTarget } from '../../../lib/domain/carry';
import { splitDaysOff, type DaysOffRun } from '../../../lib/domain/days-off';
import { calendarDays, calendarView } from '../../../lib/domain/insights/calendar';
import { reviewStreak } from '../../../lib/domain/insights/streak';
import {
  EMPTY_PROMPT_STATE,
  duePrompts,
  markShown,
  nextPrompt,
  type PromptState,
} from '../../../lib/domain/prompt-schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/domain/settings';
import { pendingReviewDays } from '../../../lib/domain/waiting-reviews';

const NY = 'America/New_York';
const WEEKDAYS = [1, 2, 3, 4, 5];
const off = (from: string, to = from): DaysOffRun => ({ from, to });
/** Wednesday 25 November off. */
const WEDNESDAY = [off('2026-11-25')];

/** Morning plan at 08:30, review at 17:30, weekly zoom-out on Wednesdays (18:00). */
const allPrompts: Settings = { ...DEFAULT_SETTINGS, morningTime: '08:30', weeklyReviewDay: 3 };
const reviewOnly: Settings = { ...DEFAULT_SETTINGS, weeklyReviewDay: null };

/** A leader who has seen every daily review prompt up to and including `day`. */
const seenThrough = (day: string): PromptState =>
  markShown(EMPTY_PROMPT_STATE, [{ kind: 'daily-review', key: day, day, at: 0 }]);

function facts(daysOff: DaysOffRun[]) {
  return {
    reviewedDays: new Set<string>(),
    reviewedWeeks: new Set<string>(),
    plannedDays: new Set<string>(),
    daysOff,
  };
}

describe('prompts on a day off', () => {
  it.each([
    ['the morning plan, at 08:31', '2026-11-25T13:31:00Z', '2026-11-24', 'morning-plan 2026-11-25'],
    ['the end-of-day review, at 17:31', '2026-11-25T22:31:00Z', '2026-11-24', 'daily-review 2026-11-25'],
    [
      'the weekly zoom-out (of the week before, early in a week), at 18:01',
      '2026-11-25T23:01:00Z',
      '2026-11-25',
      'weekly-review 2026-W47',
    ],
  ])('%s: due on a workday, not on a day off', (_kind, now, seen, expected) => {
    const input = { settings: allPrompts, timeZone: NY, now: Date.parse(now), state: seenThrough(seen) };
    const due = (daysOff: DaysOffRun[]) =>
      duePrompts({ ...input, facts: facts(daysOff) }).map((p) => `${p.kind} ${p.key}`);
    expect(due([])).toEqual([expected]);
    expect(due(WEDNESDAY)).toEqual([]);
  });

  it.each([
    [
      'a day off in the week: the next prompt is the day after',
      WEDNESDAY,
      '2026-11-25T03:00:00Z', // Tuesday 22:00
      '2026-11-24',
      '2026-11-26T22:30:00.000Z',
    ],
    [
      'a run across a weekend, Friday to Monday: the next prompt is Tuesday',
      [off('2026-11-27', '2026-11-30')],
      '2026-11-26T23:00:00Z', // Thursday 18:00
      '2026-11-26',
      '2026-12-01T22:30:00.000Z',
    ],
    [
      'a run that starts today, Wednesday to Friday: the next prompt is Monday',
      [off('2026-11-25', '2026-11-27')],
      '2026-11-25T14:00:00Z', // Wednesday 09:00
      '2026-11-24',
      '2026-11-30T22:30:00.000Z',
    ],
    [
      'a run that ends today: the next prompt is tomorrow',
      [off('2026-11-23', '2026-11-25')],
      '2026-11-25T14:00:00Z',
      '2026-11-20',
      '2026-11-26T22:30:00.000Z',
    ],
  ])('%s', (_case, daysOff, now, seen, expected) => {
    const input = { settings: reviewOnly, timeZone: NY, now: Date.parse(now), state: seenThrough(seen) };
    expect(duePrompts({ ...input, facts: facts(daysOff) })).toEqual([]);
    expect(new Date(nextPrompt({ ...input, facts: facts(daysOff) })!.at).toISOString()).toBe(expected);
  });

  it('on a day off a review missed the day before is not caught up in a notification', () => {
    // Tuesday's review was never shown (the browser was closed); Wednesday morning.
    const input = { settings: reviewOnly, timeZone: NY, now: Date.parse('2026-11-25T14:00:00Z') };
    const state = seenThrough('2026-11-23');
    const due = (daysOff: DaysOffRun[]) =>
      duePrompts({ ...input, state, facts: facts(daysOff) }).map((p) => `${p.kind} ${p.key}`);
    expect(due([])).toEqual(['daily-review 2026-11-24']);
    expect(due(WEDNESDAY)).toEqual([]);
  });

  it('on a day off a snoozed prompt does not come back', () => {
    const prompt = { kind: 'daily-review' as const, key: '2026-11-24', day: '2026-11-24' };
    const state = {
      ...seenThrough('2026-11-24'),
      snoozed: [{ ...prompt, until: Date.parse('2026-11-25T13:00:00Z') }],
    };
    const input = { settings: reviewOnly, timeZone: NY, now: Date.parse('2026-11-25T14:00:00Z'), state };
    expect(duePrompts({ ...input, facts: facts([]) }).map((p) => p.key)).toEqual(['2026-11-24']);
    expect(duePrompts({ ...input, facts: facts(WEDNESDAY) })).toEqual([]);
  });
});

describe('reviews waiting when days are off', () => {
  it.each([
    [
      'Wednesday to Friday off, on Monday: only Monday and Tuesday wait',
      [off('2026-11-25', '2026-11-27')],
      '2026-11-30T14:00:00Z',
      ['2026-11-24', '2026-11-23'],
    ],
    [
      'no days off, on Monday: every workday waits',
      [],
      '2026-11-30T14:00:00Z',
      ['2026-11-27', '2026-11-26', '2026-11-25', '2026-11-24', '2026-11-23'],
    ],
    [
      'today off, after its review time: today does not wait',
      WEDNESDAY,
      '2026-11-25T23:00:00Z',
      ['2026-11-24', '2026-11-23'],
    ],
  ])('%s', (_case, daysOff, now, expected) => {
    const pending = pendingReviewDays({
      settings: { reviewTime: '17:30', workdays: WEEKDAYS, daysOff },
      timeZone: NY,
      now: Date.parse(now),
      reviewedDays: new Set(),
      firstDay: '2026-11-23',
    });
    expect(pending).toEqual(expected);
  });
});

describe('the streak across days off', () => {
  const written = (day: string) => ({ day, completedAt: 1 });
  it.each([
    [
      'Wednesday off, reviews Monday, Tuesday and Thursday, on Friday morning: three in a row',
      WEDNESDAY,
      ['2026-11-23', '2026-11-24', '2026-11-26'],
      '2026-11-27',
      3,
    ],
    [
      'the same week with no day off: Wednesday breaks it',
      [],
      ['2026-11-23', '2026-11-24', '2026-11-26'],
      '2026-11-27',
      1,
    ],
    [
      'a review written on the day off does not count',
      WEDNESDAY,
      ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'],
      '2026-11-27',
      3,
    ],
    [
      'Thursday and Friday off, on the Monday after: Tuesday and Wednesday still count',
      [off('2026-11-26', '2026-11-27')],
      ['2026-11-24', '2026-11-25'],
      '2026-11-30',
      2,
    ],
  ])('%s', (_case, daysOff, days, today, expected) => {
    expect(reviewStreak(days.map(written), today, { workdays: WEEKDAYS, daysOff })).toBe(expected);
  });
});

describe('the Insights calendar with a day off', () => {
  const kind = (d: { workday: boolean; off: boolean }) =>
    d.off ? 'day off' : d.workday ? 'workday' : 'rest day';

  it.each([
    [
      'Monday to Friday',
      WEEKDAYS,
      ['workday', 'workday', 'day off', 'workday', 'workday', 'rest day', 'rest day'],
      4,
    ],
    [
      'no workdays set (every day counts)',
      [],
      ['workday', 'workday', 'day off', 'workday', 'workday', 'workday', 'workday'],
      6,
    ],
  ])('%s: Wednesday is a day off, not a missed day', (_case, workdays, kinds, due) => {
    const rule = { workdays, daysOff: WEDNESDAY };
    const days = calendarDays([], [], '2026-11-23', '2026-11-29', rule, '2026-11-30');
    expect(days.map(kind)).toEqual(kinds);
    expect(calendarView(days, '2026-11-30', rule)).toMatchObject({ reviewed: 0, due });
  });
});

describe('the next workday for carry, past days off', () => {
  it.each([
    [
      'Thursday off: Wednesday carries to Friday',
      [off('2026-11-26')],
      '2026-11-25',
      '2026-11-25',
      '2026-11-27',
    ],
    [
      'next week off: Friday carries to the Monday after',
      [off('2026-11-30', '2026-12-04')],
      '2026-11-27',
      '2026-11-27',
      '2026-12-07',
    ],
    [
      'a run across the weekend: Thursday carries to Tuesday',
      [off('2026-11-27', '2026-11-30')],
      '2026-11-26',
      '2026-11-26',
      '2026-12-01',
    ],
    [
      'written late, on a day off: to the first workday after it',
      [off('2026-11-26', '2026-11-27')],
      '2026-11-24',
      '2026-11-26',
      '2026-11-30',
    ],
    [
      'a year off: to the first workday after it',
      [off('2026-11-28', '2027-11-28')],
      '2026-11-27',
      '2026-11-27',
      '2027-11-29',
    ],
  ])('%s', (_case, daysOff, day, today, expected) => {
    expect(carryTarget(day, today, { workdays: WEEKDAYS, daysOff })).toBe(expected);
  });
});

describe('the runs the editor lists', () => {
  it.each([
    ['a run under way today is coming up, not past', [off('2026-11-30', '2026-12-04')], ['2026-11-30'], []],
    ['a run that ended yesterday is past', [off('2026-12-01')], [], ['2026-12-01']],
    [
      'coming up earliest first, past latest first',
      [off('2027-01-04'), off('2026-11-02'), off('2026-12-24'), off('2026-11-20')],
      ['2026-12-24', '2027-01-04'],
      ['2026-11-20', '2026-11-02'],
    ],
  ])('%s', (_case, runs, upcoming, past) => {
    const split = splitDaysOff(runs, '2026-12-02');
    expect(split.upcoming.map((run) => run.from)).toEqual(upcoming);
    expect(split.past.map((run) => run.from)).toEqual(past);
  });
});
