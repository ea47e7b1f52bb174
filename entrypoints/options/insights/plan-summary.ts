/** What Insights says of if-then plans, honest about how little a handful of commitments shows. */
import { PLAN_COMPARISON_MIN, type PlanUse } from '../../../lib/domain/insights/plans';
import { obstacleLabel } from '../../../lib/domain/obstacles';
import { t } from '../../../lib/i18n';
import { listOf, percent } from './labels';

/** Done with a plan against without: shares only once both sides have enough to compare. */
export function planSummary({ withPlan, withoutPlan }: PlanUse): string {
  if (withPlan.total === 0) {
    return withPlan.open > 0 ? t('insights:plans.stillOpen') : t('insights:plans.noneCounted');
  }
  const counts = {
    done: withPlan.done,
    total: withPlan.total,
    doneWithout: withoutPlan.done,
    totalWithout: withoutPlan.total,
  };
  if (withoutPlan.total === 0) return t('insights:plans.nothingWithout', counts);
  if (withPlan.total < PLAN_COMPARISON_MIN || withoutPlan.total < PLAN_COMPARISON_MIN) {
    return t('insights:plans.tooFew', counts);
  }
  return t('insights:plans.compared', {
    ...counts,
    rate: percent(withPlan.rate),
    rateWithout: percent(withoutPlan.rate),
  });
}

/** Which obstacles were followed by a plan, in a sentence. */
export function plannedObstacles({ obstacles }: PlanUse): string {
  const planned = obstacles.filter((o) => o.planned > 0);
  if (planned.length === 0) return t('insights:plans.noObstaclePlanned');
  const named = planned.map((o) =>
    t('insights:plans.plannedItem', {
      obstacle: obstacleLabel(o.obstacle),
      planned: o.planned,
      times: o.times,
    }),
  );
  return t('insights:plans.plannedAfter', { list: listOf(named) });
}
