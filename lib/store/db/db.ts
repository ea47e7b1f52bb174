import { rollForwardRestore } from '../backup/journal';
import { FlourishDatabase } from './schema';

/** The one database connection of this page or worker. */
export const db = new FlourishDatabase();

// Whoever opens the database first (a page, or the background worker when it starts) finishes a
// restore that a closed page left half done, before anything reads the data (lib/store/backup/journal.ts).
db.on('ready', (vip) => rollForwardRestore(vip), true);
