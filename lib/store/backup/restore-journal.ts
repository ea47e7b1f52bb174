/** What a restore will write to extension storage once its data is in (its journal). */
import { getLastBackup, getSetup } from '../storage-items';
import type { RestorableBackup } from '../../domain/backup/check';
import type { ImportMode } from '../../domain/backup/merge/plan';
import { parseIsoInstant } from '../../domain/backup/instant';
import type { PendingRestore } from './journal';
import { lastExportAfterRestore } from '../../domain/backup/reminder';

/**
 * A replace takes the backup's settings and setup progress, and records that this device holds
 * the backup; a merge keeps this device's settings, unless this device had not finished setup and
 * the backup had. Null when there is nothing to write.
 */
export async function restoreJournal(
  backup: RestorableBackup,
  mode: ImportMode,
  now: number = Date.now(),
): Promise<PendingRestore | null> {
  const setupHere = await getSetup();
  const takesSettings =
    mode === 'replace' || (setupHere.completedAt === null && backup.setup.completedAt !== null);
  // After a replace this device holds exactly that backup; after a merge it holds more.
  const lastExportAt =
    mode === 'replace'
      ? lastExportAfterRestore(
          (await getLastBackup()).lastExportAt,
          // The check has made sure it is an instant.
          parseIsoInstant(backup.exportedAt)!,
          now,
        )
      : null;
  if (!takesSettings && lastExportAt === null) return null;
  return {
    id: crypto.randomUUID(),
    ...(takesSettings && { settings: backup.settings, setup: backup.setup }),
    ...(lastExportAt !== null && { lastExportAt }),
  };
}
