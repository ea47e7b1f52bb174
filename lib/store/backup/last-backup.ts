/** When the last backup was made, kept in extension storage for the reminder (lib/domain/backup/reminder). */
import { storage } from 'wxt/utils/storage';

export const backupItem = storage.defineItem<{ lastExportAt: number | null }>('local:backup', {
  fallback: { lastExportAt: null },
  version: 1,
});

/** Records a finished export. */
export async function recordExport(now: number = Date.now()): Promise<void> {
  await backupItem.setValue({ lastExportAt: now });
}
