/** The quiet backup reminder: when the last export is over 30 days old (or there never was one). */
import { DAY_MS } from '../days';

export const REMINDER_AFTER_DAYS = 30;

/**
 * What the last backup is after restoring one made at `exportedAt` (the user holds that file, so a
 * restored device does not at once ask for a first backup): the value to store, or null when the
 * stored one stands. An older file never moves the date back, and a file dated in the future counts
 * as made now: its date comes from the file (another device's clock, or an edit), and a date years
 * ahead would silence the reminder until then.
 */
export function lastExportAfterRestore(
  lastExportAt: number | null,
  exportedAt: number,
  now: number,
): number | null {
  const madeAt = Math.min(exportedAt, now);
  const held = heldBackup(lastExportAt, now);
  return held === null || held < madeAt ? madeAt : null;
}

/**
 * The last backup as far as it can be believed, or null: one before 1970 or over a day ahead of the
 * clock is not real (a restore recorded before restores were checked, or a clock set far back), and
 * taken at its word it would keep the reminder away, or show a date no page can draw. A day allows
 * for clock corrections.
 */
export function heldBackup(lastExportAt: number | null, now: number): number | null {
  return typeof lastExportAt === 'number' && lastExportAt >= 0 && lastExportAt <= now + DAY_MS
    ? lastExportAt
    : null;
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
