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
 * restored device does not at once ask for a first backup. An older file never moves the date back,
 * and a file dated in the future counts as made now: its date comes from the file (another
 * device's clock, or an edit), and a date years ahead would silence the reminder until then.
 */
export async function recordRestoredBackup(exportedAt: number, now: number = Date.now()): Promise<void> {
  const madeAt = Math.min(exportedAt, now);
  const held = heldBackup((await backupItem.getValue()).lastExportAt, now);
  if (held === null || held < madeAt) await backupItem.setValue({ lastExportAt: madeAt });
}

/**
 * The last backup as far as it can be believed: one over a day ahead of the clock is not real (a
 * restore recorded before restores were capped at their time, or a clock set far back), and taken
 * at its word it would keep the reminder away until that date, so it counts as none. A day allows
 * for clock corrections.
 */
function heldBackup(lastExportAt: number | null, now: number): number | null {
  return lastExportAt !== null && lastExportAt <= now + DAY_MS ? lastExportAt : null;
}

export interface ReminderDue {
  days: number;
  /** Whether `days` count from a backup, rather than from setup with no backup held. */
  sinceBackup: boolean;
}

/**
 * When a reminder is due: the days since the last backup, else null. With no backup yet, the
 * clock starts when Flourish was set up (`since`), so a new user is not nagged on day one.
 */
export function backupReminder(
  lastExportAt: number | null,
  since: number | null,
  now: number,
): ReminderDue | null {
  const held = heldBackup(lastExportAt, now);
  const from = held ?? since;
  if (from === null) return null;
  const days = Math.floor((now - from) / DAY_MS);
  return days >= REMINDER_AFTER_DAYS ? { days, sinceBackup: held !== null } : null;
}
