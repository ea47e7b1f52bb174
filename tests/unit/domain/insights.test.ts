import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../lib/domain/types';
import { computeInsights } from '../../../lib/domain/insights';
import {
  CALENDAR_MAX_DAYS,
  calendarDays,
  calendarLevel,
  calendarView,
} from '../../../lib/domain/insights/calendar';
import {
  completion,
  completionContext,
  outcomeOf,
  weeklyCompletion,
  type CompletionContext,
} from '../../../lib/domain/insights/completion';
import { goalProgress } from '../../../lib/domain/insights/goals';
import { obstacleTrend } from '../../../lib/domain/insights/obstacles';
import { reviewStreak, streakRunStart } from '../../../lib/domain/insights/streak';
import { signatureShare, strengthUsage } from '../../../lib/domain/insights/strengths';
import { wellbeingTrend } from '../../../lib/domain/insights/wellbeing';
import { weeksBetween } from '../../../lib/domain/insights/iso-weeks';
import { weekdaysFrom } from '../../support/calendar';
import { goalRow, reviewRow } from '../../support/rows';

/** Monday to Friday: the settings' workdays, as the rule reads them. */
const WEEKDAYS = { workdays: [1, 2, 3, 4, 5] };
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
const r = reviewRow;
const notDone = (obstacle: string) => ({ commitmentId: 'x', status: 'not-done' as const, obstacle });
/** Seen on a day long after the test data, with no reviews: every day is over. */
const LATER: CompletionContext = { today: '2030-01-01', reviewedDays: new Set() };

describe('completion', () => {
  it('has no rate without data', () => {
    expect(completion([], LATER)).toEqual({ done: 0, total: 0, rate: null, open: 0 });
  });

  it('counts a single day, leaving dropped ones out', () => {
    expect(
      completion(
        [
          c('2026-11-25', 'done'),
          c('2026-11-25', 'done'),
          c('2026-11-25', 'not-done'),
          c('2026-11-25', 'dropped'),
        ],
        LATER,
      ),
    ).toEqual({
      done: 2,
      total: 3,
      rate: 2 / 3,
      open: 0,
    });
  });

  it('buckets by ISO week across a year boundary with a week 53, empty weeks included', () => {
    const weekly = weeklyCompletion(
      [
        c('2026-12-24', 'done'),
        c('2026-12-31', 'done'),
        c('2027-01-01', 'not-done'),
        c('2027-01-03', 'done'),
        c('2027-01-04', 'done'),
      ],
      '2026-12-14',
      '2027-01-10',
      LATER,
    );
    expect(weekly.map((w) => [w.week, w.done, w.total])).toEqual([
      ['2026-W51', 0, 0],
      ['2026-W52', 1, 1],
      ['2026-W53', 2, 3],
      ['2027-W01', 1, 1],
    ]);
    expect(weekly[0]!.rate).toBeNull();
  });

  it('keeps a DST week whole: seven days, one bucket (New York 8 March, London 29 March 2026)', () => {
    const days = ['2026-03-02', '2026-03-05', '2026-03-08', '2026-03-23', '2026-03-29'];
    const weekly = weeklyCompletion(
      days.map((d) => c(d, 'done')),
      '2026-03-02',
      '2026-03-29',
      LATER,
    );
    expect(weekly.map((w) => [w.week, w.total])).toEqual([
      ['2026-W10', 3],
      ['2026-W11', 0],
      ['2026-W12', 0],
      ['2026-W13', 2],
    ]);
  });
});

describe('open commitments', () => {
  // Wednesday 25 November 2026; Tuesday's review was written, Monday's skipped, nothing else.
  const context = completionContext(
    [
      r('2026-11-23', { skipped: true }),
      r('2026-11-24'),
      r('2026-11-25', { completedAt: undefined }),
      r('2026-11-26', { completedAt: undefined }),
    ],
    '2026-11-25',
  );

  it.each([
    ['done, on any day', '2026-11-20', 'done', 'done'],
    ['not done', '2026-11-24', 'not-done', 'missed'],
    ['dropped', '2026-11-24', 'dropped', null],
    ['open today, review still a draft: in progress', '2026-11-25', 'open', null],
    ['open tomorrow: in progress', '2026-11-26', 'open', null],
    ['open on a reviewed day: missed', '2026-11-24', 'open', 'missed'],
    ['open on a skipped day: missed', '2026-11-23', 'open', 'missed'],
    ['open on a past day never reviewed: missed, the day is over', '2026-11-20', 'open', 'missed'],
  ] as const)('%s → %s', (_case, day, status, outcome) => {
    expect(outcomeOf(c(day, status), context)).toBe(outcome);
  });

  it('counts today’s reviewed open ones as missed', () => {
    const reviewedToday = completionContext([r('2026-11-25')], '2026-11-25');
    expect(completion([c('2026-11-25', 'done'), c('2026-11-25', 'open')], reviewedToday)).toEqual({
      done: 1,
      total: 2,
      rate: 0.5,
      open: 0,
    });
  });

  it('do not lower today’s rate before the review: the headline, week, calendar and goals agree', () => {
    const goal = goalRow('g1', 'Feedback');
    const insights = computeInsights({
      commitments: [
        c('2026-11-24', 'done', { goalId: 'g1' }),
        c('2026-11-24', 'not-done', { goalId: 'g1' }),
        c('2026-11-25', 'done', { goalId: 'g1' }),
        c('2026-11-25', 'open', { goalId: 'g1' }),
        c('2026-11-25', 'open', { goalId: 'g1' }),
      ],
      reviews: [r('2026-11-24')],
      goals: [goal],
      weeklyReviews: [],
      signatureIds: [],
      settings: WEEKDAYS,
      from: '2026-11-23',
      to: '2026-11-25',
      today: '2026-11-25',
      timeZone: 'UTC',
    });
    expect(insights.overall).toEqual({ done: 2, total: 3, rate: 2 / 3, open: 2 });
    expect(insights.weekly).toEqual([{ week: '2026-W48', done: 2, total: 3, rate: 2 / 3, open: 2 }]);
    expect(insights.calendar.days.at(-1)).toMatchObject({
      day: '2026-11-25',
      done: 1,
      total: 1,
      rate: 1,
      open: 2,
    });
    expect(insights.goals[0]).toMatchObject({ done: 2, committed: 3 });
  });
});

describe('the calendar of days', () => {
  it('marks each day reviewed, skipped or not, with the share done', () => {
    const days = calendarDays(
      [c('2026-11-23', 'done'), c('2026-11-23', 'not-done'), c('2026-11-24', 'done')],
      [r('2026-11-23'), r('2026-11-24', { skipped: true }), r('2026-11-25', { completedAt: undefined })],
      '2026-11-23',
      '2026-11-29',
      WEEKDAYS,
      '2026-11-29',
    );
    expect(days.map((d) => [d.day, d.review, d.rate, d.workday])).toEqual([
      ['2026-11-23', 'written', 0.5, true],
      ['2026-11-24', 'skipped', 1, true],
      ['2026-11-25', null, null, true],
      ['2026-11-26', null, null, true],
      ['2026-11-27', null, null, true],
      ['2026-11-28', null, null, false],
      ['2026-11-29', null, null, false],
    ]);
  });

  it('counts a review written after midnight for its own day', () => {
    const late = r('2026-11-25', { completedAt: Date.parse('2026-11-26T00:30:00-05:00') });
    const days = calendarDays([], [late], '2026-11-25', '2026-11-26', WEEKDAYS, '2026-11-26');
    expect(days.map((d) => d.review)).toEqual(['written', null]);
    expect(reviewStreak([late], '2026-11-26', WEEKDAYS)).toBe(1);
  });
});

describe('the calendar’s shades and counts', () => {
  it.each([
    ['nothing committed', null, 0],
    ['none done: a shade of its own, not “some”', 0, 1],
    ['a third done', 1 / 3, 2],
    ['half done', 0.5, 3],
    ['four of five done', 0.8, 3],
    ['all done', 1, 4],
  ])('%s → level %i', (_case, rate, level) => {
    expect(calendarLevel({ rate })).toBe(level);
  });

  // Monday 23 to Sunday 29 November 2026, seen on Sunday: a review on each weekday and on Saturday.
  const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'];

  it.each([
    ['a rest-day review is not counted among workdays', week, '2026-11-29', WEEKDAYS, 5, 5, 'workday'],
    [
      'a missed workday shows',
      week.filter((d) => d !== '2026-11-24'),
      '2026-11-29',
      WEEKDAYS,
      4,
      5,
      'workday',
    ],
    ['today is not due before its review', week.slice(0, 2), '2026-11-25', WEEKDAYS, 2, 2, 'workday'],
    ['today counts once written', week.slice(0, 3), '2026-11-25', WEEKDAYS, 3, 3, 'workday'],
    ['no workdays set: every day counts', week, '2026-11-29', { workdays: [] }, 6, 6, 'day'],
  ])('%s', (_case, reviewed, today, settings, count, due, unit) => {
    const grid = calendarDays(
      [],
      reviewed.map((d) => r(d)),
      '2026-11-23',
      today,
      settings,
      today,
    );
    expect(calendarView(grid, today, settings)).toMatchObject({ reviewed: count, due, unit });
  });

  it('pads the first week so rows are weekdays, and shows at most a year', () => {
    const grid = calendarDays([], [], '2024-01-03', '2026-11-29', WEEKDAYS, '2026-11-29');
    const view = calendarView(grid, '2026-11-29', WEEKDAYS);
    expect(view.days).toHaveLength(CALENDAR_MAX_DAYS);
    expect(view.truncated).toBe(true);
    expect(view.days[0]!.day).toBe('2025-11-24');
    expect(view.lead).toEqual([]);
    const wednesdayOn = calendarDays([], [], '2026-11-25', '2026-11-29', WEEKDAYS, '2026-11-29');
    const short = calendarView(wednesdayOn, '2026-11-29', WEEKDAYS);
    expect(short.lead).toEqual(['2026-11-23', '2026-11-24']);
    expect(short.truncated).toBe(false);
  });
});

describe('obstacles over time', () => {
  it('follows the given obstacles week by week and sums the rest', () => {
    const trend = obstacleTrend(
      [
        r('2026-11-23', { outcomes: [notDone('meetings'), notDone('waiting')] }),
        r('2026-11-30', { outcomes: [notDone('meetings'), notDone('meetings'), notDone('avoided')] }),
      ],
      weeksBetween('2026-11-23', '2026-12-06'),
      ['meetings'],
    );
    expect(trend).toEqual([
      { week: '2026-W48', counts: { meetings: 1, rest: 1 }, reviews: 1 },
      { week: '2026-W49', counts: { meetings: 2, rest: 1 }, reviews: 1 },
    ]);
  });
});

describe('strengths used', () => {
  it('counts done commitments linked to a strength and review mentions, signature ones always listed', () => {
    const usage = strengthUsage(
      [
        c('2026-11-23', 'done', { strengthId: 'hope' }),
        c('2026-11-23', 'not-done', { strengthId: 'hope' }),
        c('2026-11-24', 'done', { strengthId: 'humor' }),
      ],
      [
        r('2026-11-23', { strengthsUsed: ['hope', 'hope', 'zest'] }),
        r('2026-11-24', { strengthsUsed: ['hope'] }),
      ],
      ['hope', 'zest', 'bravery'],
    );
    expect(usage.map((u) => [u.strengthId, u.inCommitments, u.inReviews, u.signature])).toEqual([
      ['hope', 1, 2, true],
      ['zest', 0, 1, true],
      ['humor', 1, 0, false],
      ['bravery', 0, 0, true],
    ]);
    expect(signatureShare(usage)).toBe(4 / 5);
    expect(signatureShare(strengthUsage([], [], ['hope']))).toBeNull();
  });
});

describe('energy and stress', () => {
  it('averages per week and leaves weeks without reviews empty', () => {
    const trend = wellbeingTrend(
      [r('2026-11-23', { energy: 4, stress: 2 }), r('2026-11-24', { energy: 2 }), r('2026-11-25')],
      ['2026-W48', '2026-W49'],
    );
    expect(trend).toEqual([
      { week: '2026-W48', energy: 3, stress: 2, days: 2 },
      { week: '2026-W49', energy: null, stress: null, days: 0 },
    ]);
  });
});

describe('progress per goal', () => {
  const goals = [goalRow('g1', 'Feedback'), goalRow('g2', 'Metrics', { order: 2 })];

  it('counts done commitments per goal and week, active goals listed even at zero, removed goals named so', () => {
    const progress = goalProgress(
      [
        c('2026-11-23', 'done', { goalId: 'g1' }),
        c('2026-11-30', 'done', { goalId: 'g1' }),
        c('2026-11-30', 'not-done', { goalId: 'gone' }),
      ],
      goals,
      ['2026-W48', '2026-W49'],
      LATER,
      'UTC',
    );
    expect(progress.map((p) => [p.title, p.perWeek, p.done, p.committed])).toEqual([
      ['Feedback', [1, 1], 2, 2],
      // Known only from its commitments: its line starts at the first of them.
      ['A goal since removed', [null, 0], 0, 1],
      ['Metrics', [0, 0], 0, 0],
    ]);
  });
});

describe('the review streak', () => {
  it.each([
    ['no reviews', [], '2026-11-25', 0],
    ['today and the two days before', ['2026-11-23', '2026-11-24', '2026-11-25'], '2026-11-25', 3],
    ['today not written yet: stands on yesterday', ['2026-11-23', '2026-11-24'], '2026-11-25', 2],
    ['a weekend neither counts nor breaks it', ['2026-11-20', '2026-11-23'], '2026-11-23', 2],
    ['a missing workday ends it', ['2026-11-20', '2026-11-24'], '2026-11-24', 1],
  ])('%s → %i', (_case, days, today, streak) => {
    expect(
      reviewStreak(
        days.map((d) => r(d)),
        today,
        WEEKDAYS,
      ),
    ).toBe(streak);
  });

  it('a skipped day ends it', () => {
    expect(
      reviewStreak(
        [r('2026-11-23'), r('2026-11-24', { skipped: true }), r('2026-11-25')],
        '2026-11-25',
        WEEKDAYS,
      ),
    ).toBe(1);
  });
});

describe('a streak of any length', () => {
  it('counts twenty-five years of reviews in full', () => {
    // Monday 26 November 2001 to Wednesday 25 November 2026: 6,523 weekdays.
    const days = weekdaysFrom('2001-11-26', '2026-11-25');
    expect(days).toHaveLength(6523);
    expect(
      reviewStreak(
        days.map((d) => r(d)),
        '2026-11-25',
        WEEKDAYS,
      ),
    ).toBe(6523);
  });

  it.each([
    ['no finished reviews', [], '2026-11-25', null],
    ['today not finished: the run ends yesterday', ['2026-11-23', '2026-11-24'], '2026-11-25', '2026-11-23'],
    ['across a weekend', ['2026-11-20', '2026-11-23', '2026-11-25'], '2026-11-25', '2026-11-25'],
    ['across a weekend, unbroken', ['2026-11-19', '2026-11-20', '2026-11-23'], '2026-11-23', '2026-11-19'],
    ['nothing since before yesterday', ['2026-11-20'], '2026-11-25', null],
  ])('the run to read for the streak: %s → %s', (_case, finished, today, start) => {
    expect(streakRunStart(new Set(finished), today, WEEKDAYS)).toBe(start);
  });

  it('needs only the run’s rows: a day skipped years ago still ends the streak', () => {
    // Finished every weekday for ten years (2,608 of them); one, Wednesday 6 March 2019, was skipped.
    const finished = weekdaysFrom('2016-11-28', '2026-11-25');
    expect(finished).toHaveLength(2608);
    const start = streakRunStart(new Set(finished), '2026-11-25', WEEKDAYS);
    expect(start).toBe('2016-11-28');
    const rows = finished.map((d) => r(d, d === '2019-03-06' ? { skipped: true } : {}));
    // The weekdays from Thursday 7 March 2019 to Wednesday 25 November 2026.
    expect(reviewStreak(rows, '2026-11-25', WEEKDAYS)).toBe(2015);
  });
});

describe('computeInsights', () => {
  it('on no data: nothing to show, and no errors', () => {
    const insights = computeInsights({
      commitments: [],
      reviews: [],
      goals: [],
      weeklyReviews: [],
      signatureIds: [],
      settings: WEEKDAYS,
      from: '2026-11-23',
      to: '2026-11-25',
      today: '2026-11-25',
      timeZone: 'UTC',
    });
    expect(insights.overall.rate).toBeNull();
    expect(insights.obstacles).toEqual([]);
    expect(insights.strengths).toEqual([]);
    expect(insights.streak).toBe(0);
    expect(insights.calendar.days).toHaveLength(3);
  });

  it('keeps to the period and reads obstacles only from written reviews', () => {
    const insights = computeInsights({
      commitments: [c('2026-11-20', 'done'), c('2026-11-23', 'done'), c('2026-11-23', 'not-done')],
      reviews: [
        r('2026-11-23', { outcomes: [notDone('meetings')] }),
        r('2026-11-24', { skipped: true, outcomes: [notDone('waiting')] }),
      ],
      goals: [],
      weeklyReviews: [],
      signatureIds: [],
      settings: WEEKDAYS,
      from: '2026-11-23',
      to: '2026-11-25',
      today: '2026-11-25',
      timeZone: 'UTC',
    });
    expect(insights.overall).toEqual({ done: 1, total: 2, rate: 0.5, open: 0 });
    expect(insights.obstacles).toEqual([{ obstacle: 'meetings', count: 1 }]);
    expect(insights.trendObstacles).toEqual(['meetings']);
  });
});
