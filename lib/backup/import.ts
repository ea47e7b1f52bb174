/**
 * Restoring a checked backup: replace everything, or merge row by row (the newer `updatedAt`
 * wins). All tables are written in one Dexie transaction, so a failure (a full disk, say) leaves
 * the database exactly as it was.
 */
import type { Table } from 'dexie';
import { db } from '../db/db';
import { sniffImageType } from '../images';
import { settingsItem } from '../settings';
import { setupItem } from '../setup';
import { base64ToBytes } from './base64';
import type { BackupFile, TableName } from './schema';

export type ImportMode = 'replace' | 'merge';

export const TABLE_NAMES: readonly TableName[] = [
  'profile',
  'strengths',
  'vision',
  'visionImages',
  'goals',
  'commitments',
  'reviews',
  'weeklyReviews',
  'recurrences',
];

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
}

type Row = { updatedAt?: number } & Record<string, unknown>;

const tableOf = (name: TableName) => db[name] as unknown as Table<Row, string | number>;
const keyOf = (name: TableName, row: Row) =>
  (name === 'reviews' ? row.day : name === 'weeklyReviews' ? row.week : row.id) as string | number;

/** The backup's rows as the database stores them (pictures back to Blobs). */
function storedRows(backup: BackupFile, name: TableName): Row[] {
  if (name !== 'visionImages') return backup.tables[name] as unknown as Row[];
  return backup.tables.visionImages.map(({ image, ...row }) => {
    const bytes = base64ToBytes(image.base64)!;
    const type = sniffImageType(bytes.subarray(0, 16)) ?? image.type;
    return { ...row, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }) };
  });
}

/** What importing would do to each table, for the preview. */
export async function planImport(backup: BackupFile, mode: ImportMode): Promise<TablePlan[]> {
  return db.transaction('r', db.tables, async () => {
    const plans: TablePlan[] = [];
    for (const name of TABLE_NAMES) {
      const incoming = backup.tables[name] as unknown as Row[];
      const current = await tableOf(name).toArray();
      if (mode === 'replace') {
        plans.push({
          table: name,
          incoming: incoming.length,
          current: current.length,
          added: incoming.length,
          updated: 0,
          kept: current.length,
        });
        continue;
      }
      const existing = new Map(current.map((row) => [keyOf(name, row), row]));
      let added = 0;
      let updated = 0;
      for (const row of incoming) {
        const mine = existing.get(keyOf(name, row));
        if (!mine) added += 1;
        else if ((row.updatedAt ?? 0) > (mine.updatedAt ?? 0)) updated += 1;
      }
      plans.push({
        table: name,
        incoming: incoming.length,
        current: current.length,
        added,
        updated,
        kept: incoming.length - added - updated,
      });
    }
    return plans;
  });
}

/**
 * Writes the backup. Replace clears every table and writes the backup's rows and settings; merge
 * adds rows this device lacks and updates those the backup has newer, keeping this device's settings.
 */
export async function applyImport(backup: BackupFile, mode: ImportMode): Promise<void> {
  const rows = Object.fromEntries(TABLE_NAMES.map((name) => [name, storedRows(backup, name)])) as Record<
    TableName,
    Row[]
  >;
  await db.transaction('rw', db.tables, async () => {
    for (const name of TABLE_NAMES) {
      const table = tableOf(name);
      if (mode === 'replace') {
        await table.clear();
        await table.bulkAdd(rows[name]);
        continue;
      }
      const keys = rows[name].map((row) => keyOf(name, row));
      const mine = await table.bulkGet(keys);
      const newer = rows[name].filter(
        (row, index) => !mine[index] || (row.updatedAt ?? 0) > (mine[index]!.updatedAt ?? 0),
      );
      await table.bulkPut(newer);
    }
  });
  if (mode === 'replace') {
    await settingsItem.setValue(backup.settings);
    await setupItem.setValue(backup.setup);
  }
}
