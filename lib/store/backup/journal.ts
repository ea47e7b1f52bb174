/**
 * A restore is all or nothing. Its data goes to IndexedDB and its settings, setup progress and
 * last-backup date to extension storage, and no transaction spans both. So what storage is to
 * hold is first written into the database, in the same transaction as the data (the journal, a
 * row of `meta`); after that commits it is copied to storage and the journal deleted. A page
 * closed in between leaves the journal, and the next time anything opens the database (a page, or
 * the background worker: lib/store/db/db.ts) it is finished there: the restore rolls forward, never half.
 */
import type { Dexie } from 'dexie';
import { saveRestoredItems, type RestoredItems } from '../storage-items';

export const JOURNAL_KEY = 'pendingRestore';

/** What a restore writes to extension storage once its data is in. */
export interface PendingRestore extends RestoredItems {
  /** Tells this restore's journal from a later one's. */
  id: string;
}

/** Copies a journal's values to extension storage in one write, then deletes that journal. */
export async function finishRestore(database: Dexie, journal: PendingRestore): Promise<void> {
  await saveRestoredItems(journal);
  const meta = database.table('meta');
  await database.transaction('rw', meta, async () => {
    const row = await meta.get(JOURNAL_KEY);
    if ((row?.value as PendingRestore | undefined)?.id === journal.id) await meta.delete(JOURNAL_KEY);
  });
}

/**
 * Finishes a restore a closed page left half done, if any. Run as the database opens, before
 * anything else reads it. A failure keeps the journal for the next start; Flourish opens anyway.
 */
export async function rollForwardRestore(database: Dexie): Promise<void> {
  try {
    const row = await database.table('meta').get(JOURNAL_KEY);
    if (row) await finishRestore(database, row.value as PendingRestore);
  } catch (error) {
    console.error('Flourish could not finish a restore that was interrupted; it will try again.', error);
  }
}
