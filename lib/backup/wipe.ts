/** "Delete all my data": every table and every stored setting, in one go. */
import { browser } from 'wxt/browser';
import { db } from '../db/db';

/** Empties the database (one transaction) and removes Flourish's settings and state from storage. */
export async function deleteAllData(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  await browser.storage.local.clear();
}
