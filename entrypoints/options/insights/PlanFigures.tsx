import { useTranslation } from 'react-i18next';
import type { PlanUse } from '../../../lib/domain/insights/plans';
import { obstacleLabel } from '../../../lib/domain/obstacles';
import { DataTable } from './DataTable';
import { percent } from './labels';
import { planSummary, plannedObstacles } from './plan-summary';

/** If-then plans: how often commitments with one got done against those without, and which obstacles got one. */
export function PlanFigures({ plans }: { plans: PlanUse }) {
  const { t } = useTranslation('insights');
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">{t('plans.heading')}</h2>
      <div className="card plan-figures">
        <h3>{t('plans.withAndWithout')}</h3>
        <p className="hint">{planSummary(plans)}</p>
        <div className="chart-table">
          <DataTable
            caption={t('plans.caption')}
            headers={[t('plans.commitments'), t('table.done'), t('plans.counted'), t('table.share')]}
            rows={[
              [t('plans.withPlan'), plans.withPlan.done, plans.withPlan.total, percent(plans.withPlan.rate)],
              [
                t('plans.withoutPlan'),
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
          <h3>{t('plans.whichObstacles')}</h3>
          <p className="hint">{plannedObstacles(plans)}</p>
          <div className="chart-table">
            <DataTable
              caption={t('plans.obstaclesCaption')}
              headers={[t('table.obstacle'), t('table.times'), t('plans.carriedOn')]}
              rows={plans.obstacles.map((o) => [obstacleLabel(o.obstacle), o.times, o.planned])}
            />
          </div>
        </div>
      )}
    </section>
  );
}
