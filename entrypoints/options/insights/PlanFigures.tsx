import type { PlanUse } from '../../../lib/domain/insights/plans';
import { obstacleLabel } from '../../../lib/domain/obstacles';
import { DataTable } from './DataTable';
import { percent } from './labels';
import { planSummary, plannedObstacles } from './plan-summary';

/** If-then plans: how often commitments with one got done against those without, and which obstacles got one. */
export function PlanFigures({ plans }: { plans: PlanUse }) {
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">Do commitments with an if-then plan get done?</h2>
      <div className="card plan-figures">
        <h3>With and without a plan</h3>
        <p className="hint">{planSummary(plans)}</p>
        <div className="chart-table">
          <DataTable
            caption="Commitments done, with and without an if-then plan"
            headers={['Commitments', 'Done', 'Counted', 'Share']}
            rows={[
              ['With a plan', plans.withPlan.done, plans.withPlan.total, percent(plans.withPlan.rate)],
              [
                'Without a plan',
                plans.withoutPlan.done,
                plans.withoutPlan.total,
                percent(plans.withoutPlan.rate),
              ],
            ]}
          />
        </div>
      </div>
      {plans.obstacles.length > 0 && (
        <div className="card plan-figures">
          <h3>Which obstacles got a plan</h3>
          <p className="hint">{plannedObstacles(plans)}</p>
          <div className="chart-table">
            <DataTable
              caption="Times each obstacle got in the way, and how often what it stopped was carried on with a plan"
              headers={['Obstacle', 'Times', 'Carried on with a plan']}
              rows={plans.obstacles.map((o) => [obstacleLabel(o.obstacle), o.times, o.planned])}
            />
          </div>
        </div>
      )}
    </section>
  );
}
