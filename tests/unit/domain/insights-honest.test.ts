/**
 * Insights tell only what happened: weeks named by their dates, no day counted before Flourish was
 * there, and a goal's line starting where the goal did.
 */
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../lib/domain/types';
import { computeInsights } from '../../../lib/domain/insights';
import { calendarDays } from '../../../lib/domain/insights/calendar';
import { goalProgress } from '../../../lib/domain/insights/goals';
import { weekLabels, weeksBetween } from '../../../lib/domain/insights/iso-weeks';
import { obstacleTrend } from '../../../lib/domain/insights/obstacles';
import { firstCountedDay, periodRange } from '../../../lib/domain/insights/period';
import { goalRow, reviewRow } from '../../support/rows';

const WEEKDAYS = { workdays: [1, 2, 3, 4, 5] };
/** The thin spaces around the en dash are the locale's own range separator (CLDR), not typed ones. */
const range = (text: string) => text.replace(' – ', '\u2009–\u2009');
let n = 0;
const c = (day: string, status: Commitment['status'], extra: Partial<Commitment> = {}): Commitment => ({
  id: `c${++n}`,
  day,
  title: 'x',
  status,
  order: n,
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});

describe('week labels by their dates', () => {
  it.each([
    ['a week within a month', ['2026-W50'], WEEKDAYS, ['Dec 7 – 11']],
    ['a week across two months', ['2026-W49'], WEEKDAYS, ['Nov 30 – Dec 4']],
    ['a week across New Year: no years named', ['2026-W53'], WEEKDAYS, ['Dec 28 – Jan 1']],
    [
      'Sunday to Thursday workdays: the ISO week’s first and last of them',
      ['2026-W49'],
      { workdays: [0, 1, 2, 3, 4] },
      ['Nov 30 – Dec 6'],
    ],
    ['no workdays set: the whole week', ['2026-W49'], { workdays: [] }, ['Nov 30 – Dec 6']],
    ['no weeks', [], WEEKDAYS, []],
  ])('%s', (_case, weeks, settings, labels) => {
    expect(weekLabels(weeks, settings, 'en-US')).toEqual(labels.map(range));
  });

  it('names the years once a view is longer than a year, so two weeks never share a label', () => {
    const weeks = weeksBetween('2025-12-01', '2026-12-02');
    expect(weeks).toHaveLength(53);
    const labels = weekLabels(weeks, WEEKDAYS, 'en-US');
    expect(labels[0]).toBe(range('Dec 1 – 5, 2025'));
    expect(labels.at(-1)).toBe(range('Nov 30 – Dec 4, 2026'));
  });
});

describe('the first day counted', () => {
  it.each([
    ['installed yesterday, data since', '2026-12-01', '2026-12-01', '2026-12-01'],
    ['installed yesterday, history restored from a backup', '2026-12-01', '2026-11-16', '2026-11-16'],
    ['install day unknown: the first day with data', null, '2026-11-25', '2026-11-25'],
    ['installed, no data yet', '2026-12-01', null, '2026-12-01'],
    ['nothing known: today', null, null, '2026-12-02'],
    ['only a day planned ahead: today', null, '2026-12-09', '2026-12-02'],
  ])('%s → %s', (_case, installDay, firstDataDay, first) => {
    expect(firstCountedDay(installDay, firstDataDay, '2026-12-02')).toBe(first);
  });

  it.each([
    ['4w', '2026-12-01', { from: '2026-12-01', to: '2026-12-02' }],
    ['4w', '2026-03-04', { from: '2026-11-09', to: '2026-12-02' }],
    ['quarter', '2026-03-04', { from: '2026-09-07', to: '2026-12-02' }],
    ['year', '2026-03-04', { from: '2026-03-04', to: '2026-12-02' }],
    ['all', '2026-03-04', { from: '2026-03-04', to: '2026-12-02' }],
  ] as const)('%s from %s covers %o', (period, first, covered) => {
    expect(periodRange(period, '2026-12-02', first)).toEqual(covered);
  });
});

describe('workdays counted from install', () => {
  const onDayAfterInstall = (installDay: string | null, firstDataDay: string | null) => {
    const today = '2026-12-02';
    const { from, to } = periodRange('4w', today, firstCountedDay(installDay, firstDataDay, today));
    return computeInsights({
      commitments: [c('2026-12-01', 'done'), c('2026-12-01', 'not-done'), c(today, 'open')],
      reviews: [reviewRow('2026-12-01')],
      goals: [],
      weeklyReviews: [],
      signatureIds: [],
      settings: WEEKDAYS,
      from,
      to,
      today,
      timeZone: 'UTC',
    }).calendar;
  };

  it('the day after install: 1 of 1 workday reviewed, not 1 of 17', () => {
    const calendar = onDayAfterInstall('2026-12-01', '2026-12-01');
    expect([calendar.reviewed, calendar.due]).toEqual([1, 1]);
    expect(calendar.days.map((d) => d.day)).toEqual(['2026-12-01', '2026-12-02']);
  });

  it('with the install day unknown, from the first day with data', () => {
    const calendar = onDayAfterInstall(null, '2026-11-30');
    expect([calendar.reviewed, calendar.due]).toEqual([1, 2]);
  });
});

describe('a goal’s line starts where the goal did', () => {
  // Weeks of Mon 16, 23 and 30 November 2026.
  const weeks = ['2026-W47', '2026-W48', '2026-W49'];
  const later = { today: '2030-01-01', reviewedDays: new Set<string>() };
  it.each([
    ['set before the period: every week, zeros included', '2026-11-01T09:00:00Z', 'UTC', [], [0, 0, 0]],
    [
      'set on Wed 25 Nov: nothing before its week',
      '2026-11-25T09:00:00Z',
      'UTC',
      ['2026-11-26'],
      [null, 1, 0],
    ],
    [
      'set on Sun 29 Nov at 23:30 UTC, Mon 30 Nov in Auckland',
      '2026-11-29T23:30:00Z',
      'Pacific/Auckland',
      [],
      [null, null, 0],
    ],
    [
      'set on Tue 1 Dec, with a commitment for it the week before',
      '2026-12-01T09:00:00Z',
      'UTC',
      ['2026-11-24'],
      [null, 1, 0],
    ],
  ])('%s', (_case, createdAt, timeZone, doneDays, perWeek) => {
    const goal = goalRow('g', 'Feedback', { createdAt: Date.parse(createdAt) });
    const done = doneDays.map((day) => c(day, 'done', { goalId: 'g' }));
    expect(goalProgress(done, [goal], weeks, later, timeZone)[0]!.perWeek).toEqual(perWeek);
  });
});

describe('obstacles over time', () => {
  it('counts the written reviews of each week, so a week with none shows as a gap', () => {
    const trend = obstacleTrend([reviewRow('2026-11-24')], ['2026-W48', '2026-W49'], []);
    expect(trend.map((w) => w.reviews)).toEqual([1, 0]);
  });
});

describe('calendar days', () => {
  it.each([
    ['Monday to Friday: the weekend is rest', WEEKDAYS, [true, false, false]],
    ['no workdays set: every day is asked for, none a rest day', { workdays: [] }, [true, true, true]],
  ])('%s', (_case, settings, workdays) => {
    const days = calendarDays([], [], '2026-11-27', '2026-11-29', settings, '2026-11-29');
    expect(days.map((d) => d.workday)).toEqual(workdays);
  });
});
