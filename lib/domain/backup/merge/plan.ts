import type { TableName } from '../../entities/tables';

export type ImportMode = 'replace' | 'merge';

/** What restoring a backup does to one table, for the preview. */
export interface TablePlan {
  table: TableName;
  /** Rows in the backup. */
  incoming: number;
  /** Rows on this device now. */
  current: number;
  /** Merge: rows new to this device. Replace: rows written. */
  added: number;
  /** Merge: rows on both where the backup's is newer. */
  updated: number;
  /** Merge: rows on both where this device's is as new or newer. Replace: rows that will be gone. */
  kept: number;
  /** Merge: rows on this device that the backup's newer version of the table no longer has. */
  removed: number;
  /**
   * Merge: rows of the backup not taken: pictures past the vision board's limits, or strengths of
   * a ranking older than this device's.
   */
  leftOut: number;
}

/** Replacing: every row of the backup is written, and every row here goes. */
export function replacePlan(name: TableName, incoming: number, current: number): TablePlan {
  return {
    table: name,
    incoming,
    current,
    added: incoming,
    updated: 0,
    kept: current,
    removed: 0,
    leftOut: 0,
  };
}
