import { TABLE_KEYS, type TableName } from '../../entities/tables';
import type { TablePlan } from './plan';

/** A row of any table, as the merge reads it. */
export type Row = { updatedAt?: number } & Record<string, unknown>;
export type Key = string | number;

export const keyOf = (name: TableName, row: Row) => row[TABLE_KEYS[name]] as Key;
export const isNewer = (row: Row, mine: Row) => (row.updatedAt ?? 0) > (mine.updatedAt ?? 0);

/** What merging does to one table: the counts for the preview, and the writes. */
export interface TableMerge {
  plan: TablePlan;
  put: Row[];
  add: Row[];
  remove: Key[];
}

/** What one table's merge tells the tables after it. */
export interface MergeContext {
  /** Backup commitment ids that are the same commitment under another id here. */
  commitmentIds: Map<string, string>;
}

/**
 * Rows new to a list that this device already has go after its own rows (per day for
 * commitments), in the backup's order, so that no two share a place. Lists only the backup has
 * keep the backup's order.
 */
export function placeAfter(
  added: readonly Row[],
  current: readonly Row[],
  list: (row: Row) => string,
): Row[] {
  const last = new Map<string, number>();
  for (const row of current) last.set(list(row), Math.max(last.get(list(row)) ?? 0, row.order as number));
  return [...added]
    .sort((a, b) => (a.order as number) - (b.order as number))
    .map((row) => {
      const end = last.get(list(row));
      if (end === undefined) return row;
      last.set(list(row), end + 1);
      return { ...row, order: end + 1 };
    });
}

/** Rows of any other table: by key, the newer `updatedAt` wins. */
export function mergeRows(
  merge: TableMerge,
  name: TableName,
  incoming: readonly Row[],
  current: readonly Row[],
) {
  const { plan } = merge;
  const mine = new Map(current.map((row) => [keyOf(name, row), row]));
  const added: Row[] = [];
  for (const row of incoming) {
    const existing = mine.get(keyOf(name, row));
    if (!existing) {
      added.push(row);
      plan.added += 1;
    } else if (isNewer(row, existing)) {
      merge.put.push(row);
      plan.updated += 1;
    } else plan.kept += 1;
  }
  const ordered = name === 'goals' || name === 'recurrences';
  merge.put.push(...(ordered ? placeAfter(added, current, () => 'all') : added));
}
