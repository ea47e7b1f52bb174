/** The quiet backup reminder: when the last export is over 30 days old (or there never was one). */
import { storage } from 'wxt/utils/storage';
import { DAY_MS } from '../days';

export const REMINDER_AFTER_DAYS = 30;

export const backupItem = storage.defineItem<{ lastExportAt: number | null }>('local:backup', {
  fallback: { lastExportAt: null },
  version: 1,
});

/** Records a finished export. */
export async function recordExport(now: number = Date.now()): Promise<void> {
  await backupItem.setValue({ lastExportAt: now });
}

/**
 * Records that the user holds a backup made at `exportedAt` (they just restored from it), so a
 * restored device does not at once ask for a first backup. An older file never moves the date back.
 */
export async function recordRestoredBackup(exportedAt: number): Promise<void> {
  const { lastExportAt } = await backupItem.getValue();
  if (lastExportAt === null || lastExportAt < exportedAt)
    await backupItem.setValue({ lastExportAt: exportedAt });
}

/**
 * Days since the last backup when a reminder is due, else null. With no backup yet, the clock
 * starts when Flourish was set up (`since`), so a new user is not nagged on day one.
 */
export function backupReminder(
  lastExportAt: number | null,
  since: number | null,
  now: number,
): number | null {
  const from = lastExportAt ?? since;
  if (from === null) return null;
  const days = Math.floor((now - from) / DAY_MS);
  return days >= REMINDER_AFTER_DAYS ? days : null;
}
