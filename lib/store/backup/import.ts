/**
 * Restoring a checked backup: replace everything, or merge row by row by the rules of
 * lib/domain/backup/merge. All tables are written in one Dexie transaction, so a failure (a full
 * disk, say) leaves the database exactly as it was.
 */
import type { Table } from 'dexie';
import { db } from '../db/db';
import { PREVIOUS_KEY, REPLICA_KEY } from '../sync/replica-key';
import type { RestorableBackup } from '../../domain/backup/check';
import { replacePlan, type ImportMode, type TablePlan } from '../../domain/backup/merge/plan';
import type { Key, MergeContext, Row, TableMerge } from '../../domain/backup/merge/rows';
import { mergeTable } from '../../domain/backup/merge/table';
import { TABLE_NAMES, type TableName } from '../../domain/entities/tables';
import { restoreJournal } from './restore-journal';
import { JOURNAL_KEY, finishRestore } from './journal';
import { matchPictures } from './match-pictures';

const tableOf = (name: TableName) => db[name] as unknown as Table<Row, Key>;

/** The backup's rows as the database stores them (the check made its pictures Blobs). */
const storedRows = (backup: RestorableBackup, name: TableName) => backup.tables[name] as unknown as Row[];

/** Per backup picture, the same picture's id here (from `matchPictures`); empty when replacing. */
type PictureMatches = readonly (number | undefined)[];

/** Decides the merge of one table against this device's rows, read here. Runs inside a transaction. */
async function mergeWithStored(
  name: TableName,
  incoming: readonly Row[],
  context: MergeContext,
  pictureMatches: PictureMatches,
): Promise<TableMerge> {
  const current = await tableOf(name).toArray();
  const matched =
    name === 'visionImages'
      ? ((await db.visionImages.bulkGet(pictureMatches.map((id) => id ?? -1))) as unknown as (
          Row | undefined
        )[])
      : [];
  return mergeTable(name, incoming, current, context, matched);
}

/** Whether this device holds anything a restore could overwrite or mix with. */
export async function hasAnyData(): Promise<boolean> {
  const counts = await Promise.all(TABLE_NAMES.map((name) => tableOf(name).count()));
  return counts.some((count) => count > 0);
}

/** What importing would do to each table, for the preview. */
export async function planImport(backup: RestorableBackup, mode: ImportMode): Promise<TablePlan[]> {
  const pictureMatches = mode === 'merge' ? await matchPictures(storedRows(backup, 'visionImages')) : [];
  const context: MergeContext = { commitmentIds: new Map() };
  return db.transaction('r', db.tables, async () => {
    const plans: TablePlan[] = [];
    for (const name of TABLE_NAMES) {
      const incoming = storedRows(backup, name);
      plans.push(
        mode === 'replace'
          ? replacePlan(name, incoming.length, await tableOf(name).count())
          : (await mergeWithStored(name, incoming, context, pictureMatches)).plan,
      );
    }
    return plans;
  });
}

/** The database was written, but the settings that go with it could not be yet. */
export class SettingsNotRestored extends Error {
  override name = 'SettingsNotRestored';
}

/**
 * Writes the backup. Replace clears every table and writes the backup's rows, settings and setup
 * progress; merge adds rows this device lacks and updates those the backup has newer, keeping
 * this device's settings (unless this device had not finished setup and the backup had: then its
 * settings and setup come too). All or nothing (lib/store/backup/journal.ts): what goes to extension
 * storage is journalled in the data's transaction. When it throws anything but
 * `SettingsNotRestored`, nothing changed; after that one, the data is in and the settings follow
 * the next time Flourish opens.
 */
export async function applyImport(backup: RestorableBackup, mode: ImportMode): Promise<void> {
  const rows = Object.fromEntries(TABLE_NAMES.map((name) => [name, storedRows(backup, name)])) as Record<
    TableName,
    Row[]
  >;
  const pictureMatches = mode === 'merge' ? await matchPictures(rows.visionImages) : [];
  const context: MergeContext = { commitmentIds: new Map() };
  const journal = await restoreJournal(backup, mode);

  await db.transaction('rw', db.tables, async () => {
    for (const name of TABLE_NAMES) {
      const table = tableOf(name);
      if (mode === 'replace') {
        await table.clear();
        await table.bulkAdd(rows[name]);
        continue;
      }
      const merge = await mergeWithStored(name, rows[name], context, pictureMatches);
      await table.bulkDelete(merge.remove);
      await table.bulkPut(merge.put);
      await table.bulkAdd(merge.add);
    }
    if (journal) await db.meta.put({ key: JOURNAL_KEY, value: journal });
    // Replaced, this device starts sync afresh: rows gone from here are not deleted on the other
    // computers, and the backup's rows travel with their own dates, never overruling newer ones.
    if (mode === 'replace') await db.meta.bulkDelete([REPLICA_KEY, PREVIOUS_KEY]);
  });
  if (!journal) return;
  try {
    await finishRestore(db, journal);
  } catch (error) {
    throw new SettingsNotRestored(
      'Your data was restored, but the backup’s settings could not be saved yet. Flourish saves them the next time it opens; check your review time and workdays in Settings then.',
      { cause: error },
    );
  }
}
