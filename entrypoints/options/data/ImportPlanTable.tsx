import type { ImportMode, TablePlan } from '../../../lib/domain/backup/merge/plan';
import type { TableName } from '../../../lib/domain/entities/tables';

const TABLE_LABELS: Record<TableName, string> = {
  profile: 'Purpose and values',
  strengths: 'Strengths ranking',
  vision: 'Vision',
  visionImages: 'Vision board pictures',
  goals: 'Goals',
  commitments: 'Commitments',
  reviews: 'Daily reviews',
  weeklyReviews: 'Weekly reviews',
  recurrences: 'Recurring commitments',
  sessions: 'Coaching sessions',
  questions: 'Questions for your coach',
  daysOff: 'Days off',
};

/** "3 new, 1 updated, 40 kept", and what else a merge does to the table. */
function mergeSummary(row: TablePlan): string {
  const parts = [`${row.added} new`, `${row.updated} updated`, `${row.kept} kept`];
  if (row.removed > 0) parts.push(`${row.removed} removed`);
  if (row.leftOut > 0) {
    const why = row.table === 'strengths' ? 'this device’s ranking is newer' : 'the board is full';
    parts.push(`${row.leftOut} left out: ${why}`);
  }
  return parts.join(', ');
}

/** The restore's preview: per table, what is in the backup, what is here, and what will happen. */
export function ImportPlanTable({ plan, mode }: { plan: TablePlan[]; mode: ImportMode }) {
  return (
    <table className="plan">
      <caption>What will happen</caption>
      <thead>
        <tr>
          <th scope="col">Data</th>
          <th scope="col">In the backup</th>
          <th scope="col">Here now</th>
          <th scope="col">{mode === 'replace' ? 'Replaced' : 'New, updated, kept'}</th>
        </tr>
      </thead>
      <tbody>
        {plan.map((row) => (
          <tr key={row.table}>
            <th scope="row">{TABLE_LABELS[row.table]}</th>
            <td>{row.incoming}</td>
            <td>{row.current}</td>
            <td>{mode === 'replace' ? `${row.current} replaced by ${row.incoming}` : mergeSummary(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
