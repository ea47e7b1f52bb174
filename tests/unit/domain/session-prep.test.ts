import { describe, expect, it } from 'vitest';
import type { Commitment, WeeklyReview } from '../../../lib/domain/types';
import { buildSessionPrep, sinceLastSession, wellbeing } from '../../../lib/domain/session-prep';
import { goalRow, reviewRow } from '../../support/rows';

const c = (
  id: string,
  day: string,
  status: Commitment['status'],
  extra: Partial<Commitment> = {},
): Commitment => ({
  id,
  day,
  title: `Commitment ${id}`,
  status,
  order: 1,
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});

const week = (id: string, goalRatings: WeeklyReview['goalRatings'], completedAt?: number): WeeklyReview => ({
  week: id,
  wins: '',
  patterns: '',
  nextWeekFocus: '',
  updatedAt: 0,
  goalRatings,
  ...(completedAt !== undefined && { completedAt }),
});

describe('the period since the last session', () => {
  it.each([
    ['no session yet: the last 14 days, today included', undefined, '2026-12-02', '2026-11-19', null],
    ['a session two weeks ago: from its day', '2026-11-18', '2026-12-02', '2026-11-18', '2026-11-18'],
    ['a session yesterday', '2026-12-01', '2026-12-02', '2026-12-01', '2026-12-01'],
    ['a session today: today only', '2026-12-02', '2026-12-02', '2026-12-02', '2026-12-02'],
    ['across a year end', '2026-12-28', '2027-01-04', '2026-12-28', '2026-12-28'],
    [
      'a session dated after today (never asked for): the last 14 days',
      '2026-12-09',
      '2026-12-02',
      '2026-11-19',
      null,
    ],
  ])('%s', (_case, last, today, from, sessionDay) => {
    expect(sinceLastSession(last, today)).toEqual({ from, to: today, sessionDay });
  });
});

describe('what the prep gathers', () => {
  const goals = [goalRow('g1', 'Grow the team'), goalRow('g2', 'Ship the plan', { order: 2 })];
  const base = { from: '2026-11-18', to: '2026-12-02', today: '2026-12-02', goals };

  it('groups done and missed commitments by goal in the goals’ order, then those with no goal', () => {
    const prep = buildSessionPrep({
      ...base,
      commitments: [
        c('before', '2026-11-17', 'done', { goalId: 'g1' }),
        c('a', '2026-11-18', 'done', { goalId: 'g2' }),
        c('b', '2026-11-20', 'not-done', { goalId: 'g1' }),
        c('c', '2026-11-20', 'done', { goalId: 'g1' }),
        c('d', '2026-11-21', 'open'),
        c('e', '2026-11-22', 'dropped', { goalId: 'g1' }),
        c('f', '2026-11-23', 'done', { goalId: 'deleted-goal' }),
        c('g', '2026-12-02', 'open', { goalId: 'g2' }),
      ],
      reviews: [],
      weeklyReviews: [],
    });
    expect(
      prep.groups.map((g) => [g.goal?.title ?? null, g.done.map((x) => x.id), g.missed.map((x) => x.id)]),
    ).toEqual([
      ['Grow the team', ['c'], ['b']],
      ['Ship the plan', ['a'], []],
      [null, ['f'], ['d']],
    ]);
  });

  it('lists the if-then plans of the period with how each went', () => {
    const plan = { when: 'it is 4 pm', then: 'I write the update' };
    const prep = buildSessionPrep({
      ...base,
      commitments: [
        c('old', '2026-11-10', 'done', { ifThen: plan }),
        c('p1', '2026-11-25', 'not-done', { ifThen: plan }),
        c('p2', '2026-11-19', 'done', { ifThen: plan }),
        c('p3', '2026-12-02', 'open', { ifThen: plan }),
        c('plain', '2026-11-20', 'done'),
      ],
      reviews: [],
      weeklyReviews: [],
    });
    expect(prep.plans.map((p) => [p.commitment.id, p.outcome])).toEqual([
      ['p2', 'done'],
      ['p1', 'missed'],
      ['p3', null],
    ]);
  });

  it('counts obstacles and keeps starred days of finished reviews in the period, earliest first', () => {
    const missed = { commitmentId: 'x', status: 'not-done' as const, obstacle: 'meetings' };
    const prep = buildSessionPrep({
      ...base,
      commitments: [],
      reviews: [
        reviewRow('2026-11-17', { starred: true, wentWell: 'Before the session' }),
        reviewRow('2026-11-26', { starred: true, wentWell: 'Late one', outcomes: [missed] }),
        reviewRow('2026-11-19', { starred: true, wentWell: 'Early one', outcomes: [missed] }),
        reviewRow('2026-11-20', { wentWell: 'Not starred' }),
        { ...reviewRow('2026-11-21', { starred: true, wentWell: 'A draft' }), completedAt: undefined },
      ],
      weeklyReviews: [],
    });
    expect(prep.starred.map((r) => r.wentWell)).toEqual(['Early one', 'Late one']);
    expect(prep.obstacles).toEqual([{ obstacle: 'meetings', count: 2 }]);
  });

  it('gathers each goal’s ratings from the zoom-outs of the period’s weeks, finished or not', () => {
    const prep = buildSessionPrep({
      ...base,
      commitments: [],
      reviews: [],
      weeklyReviews: [
        week('2026-W47', [{ goalId: 'g1', rating: -1 }], 1),
        week('2026-W46', [{ goalId: 'g1', rating: 2 }], 1),
        week('2026-W48', [{ goalId: 'g1', rating: 1 }], 1),
        // Rated this week, its zoom-out not yet finished: a rating is saved the moment it is chosen.
        week('2026-W49', [{ goalId: 'g2', rating: 0 }]),
        week('2026-W50', [{ goalId: 'g2', rating: 2 }]),
      ],
    });
    expect(prep.ratings.map((g) => [g.goal.id, g.ratings])).toEqual([
      [
        'g1',
        [
          { week: '2026-W47', rating: -1 },
          { week: '2026-W48', rating: 1 },
        ],
      ],
      ['g2', [{ week: '2026-W49', rating: 0 }]],
    ]);
  });
});

describe('energy and stress', () => {
  it.each([
    ['no reviews', [], 0, null, null, []],
    [
      'two days of one week',
      [reviewRow('2026-11-30', { energy: 4, stress: 2 }), reviewRow('2026-12-01', { energy: 3 })],
      2,
      3.5,
      2,
      [{ week: '2026-W49', days: 2, energy: 3.5, stress: 2 }],
    ],
    [
      'two weeks, a day with neither left out',
      [
        reviewRow('2026-11-27', { energy: 2, stress: 5 }),
        reviewRow('2026-11-28'),
        reviewRow('2026-12-01', { energy: 5, stress: 1 }),
      ],
      2,
      3.5,
      3,
      [
        { week: '2026-W48', days: 1, energy: 2, stress: 5 },
        { week: '2026-W49', days: 1, energy: 5, stress: 1 },
      ],
    ],
    [
      'a skipped day does not count',
      [reviewRow('2026-12-01', { energy: 1, skipped: true })],
      0,
      null,
      null,
      [],
    ],
  ])('%s', (_case, reviews, days, energy, stress, weeks) => {
    expect(wellbeing(reviews)).toEqual({ days, energy, stress, weeks });
  });
});
