import { useTranslation } from 'react-i18next';
import type { ImportMode, TablePlan } from '../../../lib/domain/backup/merge/plan';
import type { TableName } from '../../../lib/domain/entities/tables';
import { t } from '../../../lib/i18n';

/** Each table's name in the restore's preview. */
function tableLabel(table: TableName): string {
  const labels: Record<TableName, () => string> = {
    profile: () => t('data:plan.tables.profile'),
    strengths: () => t('data:plan.tables.strengths'),
    vision: () => t('data:plan.tables.vision'),
    visionImages: () => t('data:plan.tables.visionImages'),
    goals: () => t('data:plan.tables.goals'),
    commitments: () => t('data:plan.tables.commitments'),
    reviews: () => t('data:plan.tables.reviews'),
    weeklyReviews: () => t('data:plan.tables.weeklyReviews'),
    recurrences: () => t('data:plan.tables.recurrences'),
    sessions: () => t('data:plan.tables.sessions'),
    questions: () => t('data:plan.tables.questions'),
    daysOff: () => t('data:plan.tables.daysOff'),
  };
  return labels[table]();
}

/** "3 new, 1 updated, 40 kept", and what else a merge does to the table. */
function mergeSummary(row: TablePlan): string {
  const parts = [
    t('data:plan.new', { count: row.added }),
    t('data:plan.updated', { count: row.updated }),
    t('data:plan.kept', { count: row.kept }),
  ];
  if (row.removed > 0) parts.push(t('data:plan.removed', { count: row.removed }));
  if (row.leftOut > 0) {
    parts.push(
      row.table === 'strengths'
        ? t('data:plan.leftOutRanking', { count: row.leftOut })
        : t('data:plan.leftOutBoard', { count: row.leftOut }),
    );
  }
  return parts.join(', ');
}

/** The restore's preview: per table, what is in the backup, what is here, and what will happen. */
export function ImportPlanTable({ plan, mode }: { plan: TablePlan[]; mode: ImportMode }) {
  const { t } = useTranslation('data');
  return (
    <table className="plan">
      <caption>{t('plan.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plan.data')}</th>
          <th scope="col">{t('plan.inBackup')}</th>
          <th scope="col">{t('plan.hereNow')}</th>
          <th scope="col">{mode === 'replace' ? t('plan.replaced') : t('plan.newUpdatedKept')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.map((row) => (
          <tr key={row.table}>
            <th scope="row">{tableLabel(row.table)}</th>
            <td>{row.incoming}</td>
            <td>{row.current}</td>
            <td>
              {mode === 'replace'
                ? t('plan.replacedBy', { current: row.current, incoming: row.incoming })
                : mergeSummary(row)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
