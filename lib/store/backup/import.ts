/**
 * Restoring a checked backup: replace everything, or merge row by row (the newer `updatedAt`
 * wins). All tables are written in one Dexie transaction, so a failure (a full disk, say) leaves
 * the database exactly as it was.
 *
 * Merging follows what each table means, not only its keys:
 * - pictures are matched by their bytes, not their ids: ids are counters, so the same id on two
 *   devices is usually two different pictures; a picture this device lacks is added after its own;
 * - the strengths ranking is one thing: the newer ranking is taken whole, never mixed rank by rank
 *   (notes are merged one by one);
 * - a recurring or carried commitment that this device already made for the same day (under
 *   another id) is the same commitment: kept once, under this device's id;
 * - pictures are added only while the board stays within its limits, so it can still be backed up.
 */
import type { Table } from 'dexie';
import { db } from '../db/db';
import type { Commitment } from '../../domain/types';
import { MAX_BOARD_BYTES, MAX_BOARD_PICTURES } from '../../domain/images';
import type { RestorableBackup } from '../../domain/backup/check';
import { restoreJournal } from './restore-journal';
import { JOURNAL_KEY, finishRestore } from './journal';
import { TABLE_KEYS, TABLE_NAMES, type TableName } from '../../domain/entities/tables';

export type ImportMode = 'replace' | 'merge';

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
  /**
   * Merge: rows of the backup not taken: pictures past the vision board's limits, or strengths of
   * a ranking older than this device's.
   */
  leftOut: number;
}

type Row = { updatedAt?: number } & Record<string, unknown>;
type Key = string | number;

const tableOf = (name: TableName) => db[name] as unknown as Table<Row, Key>;
const keyOf = (name: TableName, row: Row) => row[TABLE_KEYS[name]] as Key;
const isNewer = (row: Row, mine: Row) => (row.updatedAt ?? 0) > (mine.updatedAt ?? 0);

/** The backup's rows as the database stores them (the check made its pictures Blobs). */
const storedRows = (backup: RestorableBackup, name: TableName) => backup.tables[name] as unknown as Row[];

/** A digest of a picture's bytes, so pictures are compared without holding copies of them. */
async function digest(blob: Blob): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * For each of the backup's pictures, the id of the picture on this device with the same bytes.
 * Reads Blobs, so it runs before the write transaction (awaiting a Blob inside would end it).
 */
async function matchPictures(incoming: readonly Row[]): Promise<(number | undefined)[]> {
  const mine = await db.visionImages.toArray();
  const digests = new Map<Blob, Promise<string>>();
  const digestOf = (blob: Blob) => {
    if (!digests.has(blob)) digests.set(blob, digest(blob));
    return digests.get(blob)!;
  };
  const taken = new Set<number>();
  const matches: (number | undefined)[] = [];
  for (const row of incoming) {
    const blob = row.blob as Blob;
    let match: number | undefined;
    for (const picture of mine) {
      if (taken.has(picture.id) || picture.blob.size !== blob.size) continue;
      if ((await digestOf(picture.blob)) === (await digestOf(blob))) {
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

/** What one table's merge tells the tables after it. */
interface MergeContext {
  /** Per backup picture, the same picture's id here (from `matchPictures`). */
  pictureMatches: readonly (number | undefined)[];
  /** Backup commitment ids that are the same commitment under another id here. */
  commitmentIds: Map<string, string>;
}

const sameDayKeys = (row: Row) => {
  const { day, recurrenceId, carriedFrom } = row as unknown as Commitment;
  return [recurrenceId && `r:${recurrenceId}:${day}`, carriedFrom && `c:${carriedFrom}:${day}`].filter(
    (key): key is string => Boolean(key),
  );
};

/**
 * Strengths: the ranking is one thing, never mixed rank by rank (that could rank two strengths
 * first): the side that changed its ranking last wins it whole. Notes are taken one by one, the
 * newer of each.
 */
function mergeStrengths(merge: TableMerge, incoming: readonly Row[], current: readonly Row[]) {
  const { plan } = merge;
  const mine = new Map(current.map((row) => [row.id as string, row]));
  const theirs = new Map(incoming.map((row) => [row.id as string, row]));
  const differing = new Set(
    [...mine.keys(), ...theirs.keys()].filter((id) => mine.get(id)?.rank !== theirs.get(id)?.rank),
  );
  // When each side last ranked. `saveRanking` stamps every row it keeps, so removing the last
  // strength still shows. Rows from before `rankedAt` existed can only offer `updatedAt` (which a
  // note also moves) of the rows that differ; a side that has `rankedAt` beats one that has none.
  const stamped = (rows: readonly Row[]) => rows.some((row) => row.rankedAt !== undefined);
  const rankedAt = (rows: readonly Row[]) =>
    Math.max(
      0,
      ...rows.map(
        (row) =>
          (row.rankedAt as number | undefined) ??
          (differing.has(row.id as string) ? (row.updatedAt ?? 0) : 0),
      ),
    );
  const rankingFromBackup =
    differing.size > 0 &&
    (stamped(incoming) !== stamped(current) ? stamped(incoming) : rankedAt(incoming) > rankedAt(current));

  for (const row of incoming) {
    const here = mine.get(row.id as string);
    if (rankingFromBackup) {
      const note = here && isNewer(here, row) ? here.note : row.note;
      const updatedAt = Math.max(row.updatedAt ?? 0, here?.updatedAt ?? 0);
      merge.put.push({ ...row, note, updatedAt });
      if (!here) plan.added += 1;
      else if (here.rank !== row.rank || here.note !== note) plan.updated += 1;
      else plan.kept += 1;
    } else if (!here) {
      plan.leftOut += 1;
    } else if (isNewer(row, here) && row.note !== here.note) {
      merge.put.push({ ...here, note: row.note, updatedAt: row.updatedAt });
      plan.updated += 1;
    } else plan.kept += 1;
  }
  if (rankingFromBackup) merge.remove = [...mine.keys()].filter((id) => !theirs.has(id));
  plan.removed = merge.remove.length;
}

/**
 * Pictures: matched by bytes; a picture this device lacks is added after its own, in the backup's
 * order, while the board's limits allow (the rest are left out, so the board can still be backed up).
 */
async function mergePictures(
  merge: TableMerge,
  incoming: readonly Row[],
  current: readonly Row[],
  matches: MergeContext['pictureMatches'],
) {
  const { plan } = merge;
  const here = await db.visionImages.bulkGet(matches.map((id) => id ?? -1));
  const missing: Row[] = [];
  incoming.forEach((row, index) => {
    const match = here[index];
    if (!match) missing.push(row);
    else if (isNewer(row, match as unknown as Row)) {
      merge.put.push({ ...match, caption: row.caption, updatedAt: row.updatedAt });
      plan.updated += 1;
    } else plan.kept += 1;
  });
  let count = current.length;
  let bytes = current.reduce((sum, row) => sum + (row.blob as Blob).size, 0);
  let order = Math.max(0, ...current.map((row) => row.order as number));
  for (const { id: _id, ...row } of missing.sort((a, b) => (a.order as number) - (b.order as number))) {
    const size = (row.blob as Blob).size;
    if (count + 1 > MAX_BOARD_PICTURES || bytes + size > MAX_BOARD_BYTES) {
      plan.leftOut += 1;
      continue;
    }
    count += 1;
    bytes += size;
    merge.add.push({ ...row, order: (order += 1) });
    plan.added += 1;
  }
}

/**
 * Commitments: by id, and a recurring or carried commitment this device already made for the same
 * day under another id is the same commitment: the newer one is kept under this device's id, and
 * the backup's reviews and carried copies are pointed at that id.
 */
function mergeCommitments(
  merge: TableMerge,
  incoming: readonly Row[],
  current: readonly Row[],
  ids: MergeContext['commitmentIds'],
) {
  const { plan } = merge;
  const mine = new Map(current.map((row) => [row.id as string, row]));
  const twins = new Map(current.flatMap((row) => sameDayKeys(row).map((key) => [key, row] as const)));
  // Day by day, so a carried copy comes after the commitment it was carried from.
  const byDay = [...incoming].sort((a, b) => ((a.day as string) < (b.day as string) ? -1 : 1));
  const added: Row[] = [];
  for (const original of byDay) {
    const carriedFrom = original.carriedFrom as string | undefined;
    const row =
      carriedFrom && ids.has(carriedFrom) ? { ...original, carriedFrom: ids.get(carriedFrom) } : original;
    const existing = mine.get(row.id as string);
    const twin = existing
      ? undefined
      : sameDayKeys(row)
          .map((key) => twins.get(key))
          .find(Boolean);
    const here = existing ?? twin;
    if (twin) ids.set(row.id as string, twin.id as string);
    if (!here) {
      added.push(row);
      plan.added += 1;
    } else if (isNewer(row, here)) {
      // The same commitment under this device's id keeps its place in this device's list.
      merge.put.push(twin ? { ...row, id: twin.id, order: twin.order } : row);
      plan.updated += 1;
    } else plan.kept += 1;
  }
  merge.put.push(...placeAfter(added, current, (row) => row.day as string));
}

/**
 * Rows new to a list that this device already has go after its own rows (per day for
 * commitments), in the backup's order, so that no two share a place. Lists only the backup has
 * keep the backup's order.
 */
function placeAfter(added: readonly Row[], current: readonly Row[], list: (row: Row) => string): Row[] {
  const last = new Map<string, number>();
  for (const row of current) last.set(list(row), Math.max(last.get(list(row)) ?? 0, row.order as number));
  return [...added]
    .sort((a, b) => (a.order as number) - (b.order as number))
    .map((row) => {
      const end = last.get(list(row));
      if (end === undefined) return row;
      last.set(list(row), end + 1);
      return { ...row, order: end + 1 };
    });
}

/** Rows of any other table: by key, the newer `updatedAt` wins. */
function mergeRows(merge: TableMerge, name: TableName, incoming: readonly Row[], current: readonly Row[]) {
  const { plan } = merge;
  const mine = new Map(current.map((row) => [keyOf(name, row), row]));
  const added: Row[] = [];
  for (const row of incoming) {
    const existing = mine.get(keyOf(name, row));
    if (!existing) {
      added.push(row);
      plan.added += 1;
    } else if (isNewer(row, existing)) {
      merge.put.push(row);
      plan.updated += 1;
    } else plan.kept += 1;
  }
  const ordered = name === 'goals' || name === 'recurrences';
  merge.put.push(...(ordered ? placeAfter(added, current, () => 'all') : added));
}

/** A review from the backup, its outcomes pointed at this device's ids for the same commitments. */
function remapReview(row: Row, ids: MergeContext['commitmentIds']): Row {
  const outcomes = row.outcomes as { commitmentId: string }[];
  if (!outcomes.some((outcome) => ids.has(outcome.commitmentId))) return row;
  return {
    ...row,
    outcomes: outcomes.map((outcome) => ({
      ...outcome,
      commitmentId: ids.get(outcome.commitmentId) ?? outcome.commitmentId,
    })),
  };
}

/** Decides the merge of one table against this device's rows. Runs inside a transaction. */
async function mergeTable(
  name: TableName,
  incoming: readonly Row[],
  context: MergeContext,
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
    leftOut: 0,
  };
  const merge: TableMerge = { plan, put: [], add: [], remove: [] };
  if (name === 'strengths') mergeStrengths(merge, incoming, current);
  else if (name === 'visionImages') await mergePictures(merge, incoming, current, context.pictureMatches);
  else if (name === 'commitments') mergeCommitments(merge, incoming, current, context.commitmentIds);
  else if (name === 'reviews') {
    const remapped = incoming.map((row) => remapReview(row, context.commitmentIds));
    mergeRows(merge, name, remapped, current);
  } else mergeRows(merge, name, incoming, current);
  return merge;
}

function replacePlan(name: TableName, incoming: number, current: number): TablePlan {
  return {
    table: name,
    incoming,
    current,
    added: incoming,
    updated: 0,
    kept: current,
    removed: 0,
    leftOut: 0,
  };
}

/** Whether this device holds anything a restore could overwrite or mix with. */
export async function hasAnyData(): Promise<boolean> {
  const counts = await Promise.all(TABLE_NAMES.map((name) => tableOf(name).count()));
  return counts.some((count) => count > 0);
}

/** What importing would do to each table, for the preview. */
export async function planImport(backup: RestorableBackup, mode: ImportMode): Promise<TablePlan[]> {
  const context = {
    pictureMatches: mode === 'merge' ? await matchPictures(storedRows(backup, 'visionImages')) : [],
    commitmentIds: new Map(),
  };
  return db.transaction('r', db.tables, async () => {
    const plans: TablePlan[] = [];
    for (const name of TABLE_NAMES) {
      const incoming = storedRows(backup, name);
      plans.push(
        mode === 'replace'
          ? replacePlan(name, incoming.length, await tableOf(name).count())
          : (await mergeTable(name, incoming, context)).plan,
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
  const context: MergeContext = {
    pictureMatches: mode === 'merge' ? await matchPictures(rows.visionImages) : [],
    commitmentIds: new Map(),
  };
  const journal = await restoreJournal(backup, mode);

  await db.transaction('rw', db.tables, async () => {
    for (const name of TABLE_NAMES) {
      const table = tableOf(name);
      if (mode === 'replace') {
        await table.clear();
        await table.bulkAdd(rows[name]);
        continue;
      }
      const merge = await mergeTable(name, rows[name], context);
      await table.bulkDelete(merge.remove);
      await table.bulkPut(merge.put);
      await table.bulkAdd(merge.add);
    }
    if (journal) await db.meta.put({ key: JOURNAL_KEY, value: journal });
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
