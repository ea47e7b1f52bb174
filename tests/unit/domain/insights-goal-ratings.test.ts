import { describe, expect, it } from 'vitest';
import { goalRatingHistory, signedRating } from '../../../lib/domain/insights/goal-ratings';
import type { WeeklyReview } from '../../../lib/domain/types';
import { goalRow } from '../../support/rows';

const zoomOut = (week: string, goalRatings?: WeeklyReview['goalRatings']): WeeklyReview => ({
  week,
  wins: '',
  patterns: '',
  nextWeekFocus: '',
  updatedAt: 0,
  ...(goalRatings && { goalRatings }),
});

const WEEKS = ['2026-W46', '2026-W47', '2026-W48'];
const board = goalRow('board', 'Board trusts the plan', { order: 1 });
const hire = goalRow('hire', 'Hire a COO', { order: 2, status: 'archived' });
const team = goalRow('team', 'Team runs the numbers', { order: 3 });

describe('goal ratings over the weeks', () => {
  it.each([
    ['no zoom-outs', [], []],
    ['zoom-outs without ratings', [zoomOut('2026-W46'), zoomOut('2026-W47', [])], []],
    [
      'a goal rated in two of three weeks: the week between is a gap, not a zero',
      [
        zoomOut('2026-W46', [{ goalId: 'board', rating: -1 }]),
        zoomOut('2026-W48', [{ goalId: 'board', rating: 2 }]),
      ],
      [
        {
          goalId: 'board',
          title: 'Board trusts the plan',
          status: 'active',
          perWeek: [-1, null, 2],
          rated: 2,
        },
      ],
    ],
    [
      'a 0 is a rating ("as expected"), counted as rated',
      [zoomOut('2026-W47', [{ goalId: 'team', rating: 0 }])],
      [
        {
          goalId: 'team',
          title: 'Team runs the numbers',
          status: 'active',
          perWeek: [null, 0, null],
          rated: 1,
        },
      ],
    ],
    [
      'an archived goal keeps its past ratings, named with its status',
      [zoomOut('2026-W46', [{ goalId: 'hire', rating: 1 }])],
      [{ goalId: 'hire', title: 'Hire a COO', status: 'archived', perWeek: [1, null, null], rated: 1 }],
    ],
    [
      'a deleted goal keeps its ratings under a name that says so',
      [zoomOut('2026-W48', [{ goalId: 'gone', rating: -2 }])],
      [{ goalId: 'gone', title: 'A goal since removed', status: null, perWeek: [null, null, -2], rated: 1 }],
    ],
    [
      'weeks outside the period are left out',
      [
        zoomOut('2026-W45', [{ goalId: 'board', rating: 2 }]),
        zoomOut('2026-W49', [{ goalId: 'board', rating: 2 }]),
      ],
      [],
    ],
  ])('%s', (_case, reviews: WeeklyReview[], expected) => {
    expect(goalRatingHistory(reviews, [board, hire, team], WEEKS)).toEqual(expected);
  });

  it('lists goals in the leader’s order whatever order the weeks rated them in, removed goals last', () => {
    const reviews = [
      zoomOut('2026-W48', [
        { goalId: 'gone', rating: 0 },
        { goalId: 'team', rating: 1 },
      ]),
      zoomOut('2026-W47', [
        { goalId: 'team', rating: -1 },
        { goalId: 'board', rating: 1 },
      ]),
    ];
    expect(goalRatingHistory(reviews, [board, hire, team], WEEKS).map((g) => [g.goalId, g.perWeek])).toEqual([
      ['board', [null, 1, null]],
      ['team', [null, -1, 1]],
      ['gone', [null, null, 0]],
    ]);
  });
});

describe('a rating as a signed figure', () => {
  it.each([
    [-2, '−2'],
    [-1, '−1'],
    [0, '0'],
    [1, '+1'],
    [2, '+2'],
  ])('%i reads %s', (rating, text) => {
    expect(signedRating(rating)).toBe(text);
  });
});
