/** What Insights says of if-then plans, honest about how little a handful of commitments shows. */
import { PLAN_COMPARISON_MIN, type PlanUse } from '../../../lib/domain/insights/plans';
import { obstacleLabel } from '../../../lib/domain/obstacles';
import { percent } from './labels';

/** Done with a plan against without: shares only once both sides have enough to compare. */
export function planSummary({ withPlan, withoutPlan }: PlanUse): string {
  if (withPlan.total === 0) {
    return withPlan.open > 0
      ? 'Your commitments with an if-then plan are still open today; they count once their day is reviewed or over.'
      : 'No commitment with an if-then plan has been counted in this period yet.';
  }
  const planned = `With a plan, ${withPlan.done} of ${withPlan.total} done`;
  if (withoutPlan.total === 0) return `${planned}; nothing without a plan to compare with.`;
  if (withPlan.total < PLAN_COMPARISON_MIN || withoutPlan.total < PLAN_COMPARISON_MIN) {
    return `${planned}; without, ${withoutPlan.done} of ${withoutPlan.total}. Too few yet to compare: with numbers this small, a difference may be chance.`;
  }
  return `With a plan, ${percent(withPlan.rate)} done (${withPlan.done} of ${withPlan.total}); without, ${percent(withoutPlan.rate)} (${withoutPlan.done} of ${withoutPlan.total}).`;
}

/** Which obstacles were followed by a plan, in a sentence. */
export function plannedObstacles({ obstacles }: PlanUse): string {
  const planned = obstacles.filter((o) => o.planned > 0);
  if (planned.length === 0)
    return 'No commitment an obstacle stopped was carried on with a plan in this period.';
  const named = planned.map((o) => `${obstacleLabel(o.obstacle)} (${o.planned} of ${o.times})`);
  return `Carried on with a plan after: ${named.join(', ')}.`;
}
