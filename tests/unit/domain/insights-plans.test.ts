/** Insights on if-then plans: which obstacles got one, and how often planned commitments were done. */
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../lib/domain/insights';
import { planUse } from '../../../lib/domain/insights/plans';
import type { Commitment } from '../../../lib/domain/types';
import { reviewRow } from '../../support/rows';

const PLAN = { when: 'it is 9 am', then: 'open the draft' };
const TODAY = '2026-11-27';
const context = { today: TODAY, reviewedDays: new Set(['2026-11-23', '2026-11-24', '2026-11-25']) };

const c = (id: string, day: string, status: Commitment['status'], extra: Partial<Commitment> = {}) => ({
  id,
  day,
  title: id,
  status,
  order: 1,
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});

describe('if-then plans in insights', () => {
  it('compares commitments with a plan against those without, counting as the rest of Insights does', () => {
    const commitments = [
      c('a', '2026-11-23', 'done', { ifThen: PLAN }),
      c('b', '2026-11-24', 'not-done', { ifThen: PLAN }),
      c('c', '2026-11-25', 'done', { ifThen: PLAN }),
      // Still open today: not counted yet, on either side.
      c('d', TODAY, 'open', { ifThen: PLAN }),
      c('e', '2026-11-23', 'done'),
      c('f', '2026-11-24', 'not-done'),
      c('g', '2026-11-25', 'not-done'),
      c('h', '2026-11-25', 'dropped'),
    ];
    const use = planUse(commitments, [], [], context);
    expect(use.withPlan).toEqual({ done: 2, total: 3, rate: 2 / 3, open: 1 });
    expect(use.withoutPlan).toEqual({ done: 1, total: 3, rate: 1 / 3, open: 0 });
  });

  it('has no rate on a side with nothing counted', () => {
    const use = planUse([c('e', '2026-11-23', 'done')], [], [], context);
    expect(use.withPlan).toEqual({ done: 0, total: 0, rate: null, open: 0 });
  });

  it('names the obstacles whose stopped commitments were carried on with a plan, copies after the period too', () => {
    const reviews = [
      reviewRow('2026-11-24', {
        outcomes: [
          { commitmentId: 'board', status: 'not-done', obstacle: 'meetings', carriedTo: '2026-11-25' },
          { commitmentId: 'hiring', status: 'not-done', obstacle: 'meetings', carriedTo: '2026-11-25' },
          { commitmentId: 'sam', status: 'not-done', obstacle: 'low-energy', carriedTo: '2026-11-25' },
        ],
      }),
      reviewRow('2026-11-25', {
        outcomes: [
          { commitmentId: 'offsite', status: 'not-done', obstacle: 'avoided', carriedTo: '2026-11-28' },
        ],
      }),
    ];
    const commitments = [
      c('board-copy', '2026-11-25', 'done', { carriedFrom: 'board', ifThen: PLAN }),
      c('hiring-copy', '2026-11-25', 'open', { carriedFrom: 'hiring' }),
      c('sam-copy', '2026-11-25', 'open', { carriedFrom: 'sam' }),
    ];
    const later = [c('offsite-copy', '2026-11-28', 'open', { carriedFrom: 'offsite', ifThen: PLAN })];
    expect(planUse(commitments, later, reviews, context).obstacles).toEqual([
      { obstacle: 'meetings', times: 2, planned: 1 },
      { obstacle: 'avoided', times: 1, planned: 1 },
      { obstacle: 'low-energy', times: 1, planned: 0 },
    ]);
  });

  it('reads the commitments after the period for the plans made on their copies', () => {
    const insights = computeInsights({
      commitments: [c('offsite', '2026-11-25', 'not-done')],
      laterCommitments: [c('offsite-copy', '2026-11-30', 'open', { carriedFrom: 'offsite', ifThen: PLAN })],
      reviews: [
        reviewRow('2026-11-25', {
          outcomes: [
            { commitmentId: 'offsite', status: 'not-done', obstacle: 'unclear', carriedTo: '2026-11-30' },
          ],
        }),
      ],
      goals: [],
      weeklyReviews: [],
      signatureIds: [],
      settings: { workdays: [1, 2, 3, 4, 5] },
      from: '2026-11-23',
      to: TODAY,
      today: TODAY,
      timeZone: 'UTC',
    });
    expect(insights.plans.obstacles).toEqual([{ obstacle: 'unclear', times: 1, planned: 1 }]);
    // The copy is not in the period: it counts on neither side.
    expect(insights.plans.withPlan.total).toBe(0);
    expect(insights.plans.withoutPlan).toEqual({ done: 0, total: 1, rate: 0, open: 0 });
  });
});
