/**
 * Restoring a checked backup: replace everything, or merge row by row (the newer `updatedAt`
 * wins). All tables are written in one Dexie transaction, so a failure (a full disk, say) leaves
 * the database exactly as it was.
 *
 * Merging follows what each table means, not only its keys:
 * - pictures are matched by their bytes, not their ids: ids are counters, so the same id on two
 *   devices is usually two different pictures; a picture this device lacks is added after its own;
 * - the strengths ranking is one thing: the newer ranking is taken whole, never mixed rank by rank;
 * - a recurring or carried commitment that this device already made for the same day (under
 *   another id) is not added twice.
 */
import type { Table } from 'dexie';
import { db } from '../db/db';
import type { Commitment, VisionImage } from '../db/types';
import { sniffImageType } from '../images';
import { settingsItem } from '../settings';
import { setupItem } from '../setup';
import { base64ToBytes } from './base64';
import type { BackupFile, TableName } from './schema';

export type ImportMode = 'replace' | 'merge';

export const TABLE_NAMES: readonly TableName[] = [
  'profile',
  'strengths',
  'vision',
  'visionImages',
  'goals',
  'commitments',
  'reviews',
  'weeklyReviews',
  'recurrences',
];

export interface TablePlan {
  table: TableName;
  /** Rows in the backup. */
  incoming: number;
  /** Rows on this device now. */
  current: number;
  /** Merge: rows new to this device. Replace: rows written. */
  added: number;
  /** Merge: rows on both where the backup's is newer. */
  updated: number;
  /** Merge: rows on both where this device's is as new or newer. Replace: rows that will be gone. */
  kept: number;
  /** Merge: rows on this device that the backup's newer version of the table no longer has. */
  removed: number;
}

type Row = { updatedAt?: number } & Record<string, unknown>;
type Key = string | number;

const tableOf = (name: TableName) => db[name] as unknown as Table<Row, Key>;
const keyOf = (name: TableName, row: Row) =>
  (name === 'reviews' ? row.day : name === 'weeklyReviews' ? row.week : row.id) as Key;
const isNewer = (row: Row, mine: Row) => (row.updatedAt ?? 0) > (mine.updatedAt ?? 0);
const newest = (rows: readonly Row[]) => Math.max(0, ...rows.map((row) => row.updatedAt ?? 0));

/** The backup's rows as the database stores them (pictures back to Blobs). */
function storedRows(backup: BackupFile, name: TableName): Row[] {
  if (name !== 'visionImages') return backup.tables[name] as unknown as Row[];
  return backup.tables.visionImages.map(({ image, ...row }) => {
    const bytes = base64ToBytes(image.base64)!;
    const type = sniffImageType(bytes.subarray(0, 16)) ?? image.type;
    return { ...row, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }) };
  });
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

/**
 * For each of the backup's pictures, the id of the picture on this device with the same bytes.
 * Reads Blobs, so it runs before the write transaction (awaiting a Blob inside would end it).
 */
async function matchPictures(incoming: readonly Row[]): Promise<(number | undefined)[]> {
  const mine = await db.visionImages.toArray();
  const bytes = new Map<Blob, Promise<Uint8Array>>();
  const read = (blob: Blob) => {
    if (!bytes.has(blob))
      bytes.set(
        blob,
        blob.arrayBuffer().then((buffer) => new Uint8Array(buffer)),
      );
    return bytes.get(blob)!;
  };
  const taken = new Set<number>();
  const matches: (number | undefined)[] = [];
  for (const row of incoming) {
    const blob = row.blob as Blob;
    let match: number | undefined;
    for (const picture of mine) {
      if (taken.has(picture.id) || picture.blob.size !== blob.size) continue;
      if (sameBytes(await read(picture.blob), await read(blob))) {
        match = picture.id;
        break;
      }
    }
    if (match !== undefined) taken.add(match);
    matches.push(match);
  }
  return matches;
}

/** What merging does to one table: the counts for the preview, and the writes. */
interface TableMerge {
  plan: TablePlan;
  put: Row[];
  add: Row[];
  remove: Key[];
}

const sameDayKeys = (row: Row) => {
  const { day, recurrenceId, carriedFrom } = row as unknown as Commitment;
  return [recurrenceId && `r:${recurrenceId}:${day}`, carriedFrom && `c:${carriedFrom}:${day}`].filter(
    (key): key is string => Boolean(key),
  );
};

/** Decides the merge of one table against this device's rows. Runs inside a transaction. */
async function mergeTable(
  name: TableName,
  incoming: readonly Row[],
  pictureMatches: readonly (number | undefined)[],
): Promise<TableMerge> {
  const current = await tableOf(name).toArray();
  const plan: TablePlan = {
    table: name,
    incoming: incoming.length,
    current: current.length,
    added: 0,
    updated: 0,
    kept: 0,
    removed: 0,
  };
  const merge: TableMerge = { plan, put: [], add: [], remove: [] };
  const mine = new Map(current.map((row) => [keyOf(name, row), row]));

  if (name === 'strengths') {
    // A ranking mixed from two devices could rank two strengths first: take the newer one whole.
    if (incoming.length === 0 || newest(incoming) <= newest(current)) {
      plan.kept = incoming.length;
      return merge;
    }
    const theirs = new Set(incoming.map((row) => keyOf(name, row)));
    plan.added = incoming.filter((row) => !mine.has(keyOf(name, row))).length;
    plan.updated = incoming.length - plan.added;
    merge.remove = [...mine.keys()].filter((key) => !theirs.has(key));
    plan.removed = merge.remove.length;
    merge.put = [...incoming];
    return merge;
  }

  if (name === 'visionImages') {
    const picturesNow = await db.visionImages.bulkGet(pictureMatches.map((id) => id ?? -1));
    incoming.forEach((row, index) => {
      const match = picturesNow[index];
      if (!match) {
        const { id: _id, ...rest } = row;
        merge.add.push(rest);
        plan.added += 1;
      } else if (isNewer(row, match as unknown as Row)) {
        merge.put.push({ ...match, caption: row.caption, order: row.order, updatedAt: row.updatedAt });
        plan.updated += 1;
      } else plan.kept += 1;
    });
    // New pictures go after this device's own, in the backup's order.
    const last = Math.max(0, ...current.map((row) => (row as unknown as VisionImage).order));
    merge.add.sort((a, b) => (a.order as number) - (b.order as number));
    merge.add.forEach((row, index) => (row.order = last + index + 1));
    return merge;
  }

  const madeHere = new Set(name === 'commitments' ? current.flatMap(sameDayKeys) : []);
  for (const row of incoming) {
    const existing = mine.get(keyOf(name, row));
    if (!existing && sameDayKeys(row).some((key) => madeHere.has(key))) plan.kept += 1;
    else if (!existing) {
      merge.put.push(row);
      plan.added += 1;
    } else if (isNewer(row, existing)) {
      merge.put.push(row);
      plan.updated += 1;
    } else plan.kept += 1;
  }
  return merge;
}

function replacePlan(name: TableName, incoming: number, current: number): TablePlan {
  return { table: name, incoming, current, added: incoming, updated: 0, kept: current, removed: 0 };
}

/** Whether this device holds anything a restore could overwrite or mix with. */
export async function hasAnyData(): Promise<boolean> {
  const counts = await Promise.all(TABLE_NAMES.map((name) => tableOf(name).count()));
  return counts.some((count) => count > 0);
}

/** What importing would do to each table, for the preview. */
export async function planImport(backup: BackupFile, mode: ImportMode): Promise<TablePlan[]> {
  const pictures = mode === 'merge' ? await matchPictures(storedRows(backup, 'visionImages')) : [];
  return db.transaction('r', db.tables, async () => {
    const plans: TablePlan[] = [];
    for (const name of TABLE_NAMES) {
      const incoming = backup.tables[name] as unknown as Row[];
      plans.push(
        mode === 'replace'
          ? replacePlan(name, incoming.length, await tableOf(name).count())
          : (await mergeTable(name, incoming, pictures)).plan,
      );
    }
    return plans;
  });
}

/**
 * Writes the backup. Replace clears every table and writes the backup's rows, settings and setup
 * progress; merge adds rows this device lacks and updates those the backup has newer, keeping
 * this device's settings (and finishing its setup when the backup's was finished).
 * When it throws, nothing has changed.
 */
export async function applyImport(backup: BackupFile, mode: ImportMode): Promise<void> {
  const rows = Object.fromEntries(TABLE_NAMES.map((name) => [name, storedRows(backup, name)])) as Record<
    TableName,
    Row[]
  >;
  const pictures = mode === 'merge' ? await matchPictures(rows.visionImages) : [];
  const settingsBefore = await settingsItem.getValue();
  const setupBefore = await setupItem.getValue();
  const finishesSetup = setupBefore.completedAt === null && backup.setup.completedAt !== null;

  // Settings live in extension storage, outside the database's transaction: written first, and
  // put back if the database write fails, so a failure still changes nothing.
  if (mode === 'replace') {
    await settingsItem.setValue(backup.settings);
    await setupItem.setValue(backup.setup);
  } else if (finishesSetup) {
    await setupItem.setValue(backup.setup);
  }
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const name of TABLE_NAMES) {
        const table = tableOf(name);
        if (mode === 'replace') {
          await table.clear();
          await table.bulkAdd(rows[name]);
          continue;
        }
        const merge = await mergeTable(name, rows[name], pictures);
        await table.bulkDelete(merge.remove);
        await table.bulkPut(merge.put);
        await table.bulkAdd(merge.add);
      }
    });
  } catch (error) {
    await settingsItem.setValue(settingsBefore);
    await setupItem.setValue(setupBefore);
    throw error;
  }
}
