/** "Delete all my data": every table, every stored setting, and every trace of them outside. */
import { browser } from 'wxt/browser';
import { db } from '../db/db';
import { turnSyncOff } from '../sync/switch';
import type { WorkerMessage } from '../../domain/worker-messages';

/**
 * Empties the database (one transaction) and extension storage, then what lives beside them: the
 * page's localStorage (the new tab's snapshot, unsaved drafts), the alarms and the notifications on
 * screen. Last, the worker starts afresh as on a fresh install: its prompt state is gone, so it
 * dates the install from now and sets the same alarms a new install has, with nothing left of the
 * old review time, snooze or missed days, and redraws the badge (its one writer) from nothing.
 */
export async function deleteAllData(
  pageStorage: Pick<Storage, 'clear'> | undefined = globalThis.localStorage,
): Promise<void> {
  // This computer's part of the browser's sync goes first, while its id is still known; the other
  // computers keep theirs.
  await turnSyncOff();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  await browser.storage.local.clear();
  pageStorage?.clear();
  await browser.alarms.clearAll();
  const shown = await browser.notifications.getAll();
  await Promise.all(Object.keys(shown).map((id) => browser.notifications.clear(id)));
  const fresh: WorkerMessage = { type: 'reschedule' };
  await browser.runtime.sendMessage(fresh).catch(() => {
    // No worker answered: it starts afresh at its next start, as every start reschedules.
  });
}
