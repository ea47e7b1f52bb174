import type { Dexie } from 'dexie';
import { keepStorage } from '../../platform/persistence';
import { db } from './db';

export type OpenResult = { ok: true } | { ok: false; message: string; detail: string };

/**
 * When a newer Flourish opens the database at a higher version (after an update), this page's
 * connection closes at once, so the upgrade is never blocked, and the page reloads to run the new
 * code. Text being typed survives the reload: drafts are kept in localStorage as they are typed.
 */
export function reloadOnUpgrade(database: Dexie, reload: () => void): void {
  database.on('versionchange', () => {
    database.close();
    reload();
    return false;
  });
}

/** Opens the database for a page, turning any failure into a message a person can act on. */
export async function openDatabase(reload: () => void = () => location.reload()): Promise<OpenResult> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this context.');
    reloadOnUpgrade(db, reload);
    await db.open();
    void keepStorage();
    return { ok: true };
  } catch (error) {
    return { ok: false, message: explainOpenFailure(error), detail: describe(error) };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** Plain words for why the browser refused the database. */
export function explainOpenFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Your device is out of storage space, so Flourish can’t open your data. Free some space and reload this page.';
  }
  if (name === 'VersionError' || inner === 'VersionError') {
    return 'Your data was saved by a newer version of Flourish. Update Flourish, then reload this page.';
  }
  return 'Flourish can’t open its storage in this browser window. This happens when the browser is set to never remember history, or in a private window. Open Flourish in a normal window, or allow the browser to keep site data, then reload this page. Nothing has been deleted.';
}
