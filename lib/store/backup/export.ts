/** Writing a backup: every table (pictures included) and the settings, in one versioned JSON file. */
import { db } from '../db/db';
import type { DayKey } from '../../domain/days';
import { TABLE_NAMES } from '../../domain/entities/tables';
import type { StoredRows } from '../../domain/types';
import { getSettings, getSetup } from '../storage-items';
import { bytesToBase64 } from '../../domain/backup/base64';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile } from '../../domain/backup/schema';

/** Reads everything into a backup. The rows are read in one transaction, so they belong together. */
export async function createBackup(appVersion: string, now: number = Date.now()): Promise<BackupFile> {
  const tables = await db.transaction('r', db.tables, async () => {
    const rows = await Promise.all(TABLE_NAMES.map((name) => db.table(name).toArray()));
    return Object.fromEntries(TABLE_NAMES.map((name, index) => [name, rows[index]])) as {
      [N in keyof StoredRows]: StoredRows[N][];
    };
  });
  // Blobs are read outside the transaction: awaiting them inside would let it commit early.
  const visionImages = await Promise.all(
    tables.visionImages.map(async ({ blob, ...row }) => ({
      ...row,
      image: { type: blob.type, base64: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) },
    })),
  );
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion,
    schemaVersion: db.verno,
    exportedAt: new Date(now).toISOString(),
    tables: { ...tables, visionImages },
    settings: await getSettings(),
    setup: await getSetup(),
  };
}

/** The file name of a backup made on `day`; a password-protected one says so. */
export function backupFileName(day: DayKey, isProtected = false): string {
  return `flourish-backup-${day}${isProtected ? '-protected' : ''}.json`;
}
