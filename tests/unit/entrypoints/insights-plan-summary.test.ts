import { describe, expect, it } from 'vitest';
import type { PlanUse } from '../../../lib/domain/insights/plans';
import { planSummary, plannedObstacles } from '../../../entrypoints/options/insights/plan-summary';

const side = (done: number, total: number, open = 0) => ({
  done,
  total,
  rate: total === 0 ? null : done / total,
  open,
});
const use = (withPlan: PlanUse['withPlan'], withoutPlan: PlanUse['withoutPlan']): PlanUse => ({
  withPlan,
  withoutPlan,
  obstacles: [],
});

describe('what Insights says of if-then plans', () => {
  it.each([
    [
      'no plan at all',
      use(side(0, 0), side(8, 12)),
      'No commitment with an if-then plan has been counted in this period yet.',
    ],
    [
      'plans only on today’s open commitments',
      use(side(0, 0, 2), side(8, 12)),
      'Your commitments with an if-then plan are still open today; they count once their day is reviewed or over.',
    ],
    [
      'nothing without a plan',
      use(side(3, 4), side(0, 0)),
      'With a plan, 3 of 4 done; nothing without a plan to compare with.',
    ],
    [
      'too few with a plan: counts, no shares, and why',
      use(side(2, 3), side(8, 12)),
      'With a plan, 2 of 3 done; without, 8 of 12. Too few yet to compare: with numbers this small, a difference may be chance.',
    ],
    [
      'too few without a plan',
      use(side(5, 8), side(1, 4)),
      'With a plan, 5 of 8 done; without, 1 of 4. Too few yet to compare: with numbers this small, a difference may be chance.',
    ],
    [
      'enough on both sides: shares with their counts',
      use(side(6, 8), side(10, 20)),
      'With a plan, 75% done (6 of 8); without, 50% (10 of 20).',
    ],
  ])('%s', (_case, plans, words) => {
    expect(planSummary(plans)).toBe(words);
  });

  it.each([
    [[], 'No commitment an obstacle stopped was carried on with a plan in this period.'],
    [
      [
        { obstacle: 'meetings', times: 4, planned: 2 },
        { obstacle: 'low-energy', times: 2, planned: 0 },
        { obstacle: 'custom:Board politics', times: 1, planned: 1 },
      ],
      'Carried on with a plan after: Meetings and interruptions (2 of 4), Board politics (1 of 1).',
    ],
  ])('names the obstacles that got a plan: %#', (obstacles, words) => {
    expect(plannedObstacles({ ...use(side(0, 0), side(0, 0)), obstacles })).toBe(words);
  });
});
