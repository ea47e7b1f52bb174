/**
 * A device's replica of the synced data: every row as fields, each field with the stamp of the
 * change that set it, and deletions as tombstones. Merging two replicas takes, field by field, the
 * value with the later stamp (`join`): it gives the same result whatever order, however often, and
 * however late replicas arrive, so every device that has seen the same changes holds the same
 * data. A row is deleted while its tombstone is later than every stamp of its fields; a change made
 * after the deletion brings it back.
 */
import { sameValue } from './canonical';
import { later, makeStamp, stampCount, stampTime, type Stamp } from './stamp';
import type { SyncTable } from './tables';

/** One field's value (`undefined`: the field is unset) and the stamp of the change that set it. */
export interface FieldState {
  v: unknown;
  s: Stamp;
}

export interface Entry {
  table: SyncTable;
  key: string;
  fields: Record<string, FieldState>;
  /** Set when the row was deleted. */
  deleted?: Stamp;
}

export type Replica = Map<string, Entry>;

export const refOf = (table: SyncTable, key: string) => `${table}/${key}`;

/** The latest stamp of a row's fields. */
export function newestField(entry: Entry): Stamp | undefined {
  let newest: Stamp | undefined;
  for (const field of Object.values(entry.fields)) newest = later(newest, field.s);
  return newest;
}

/** Whether a row is there: never deleted, or changed after it was. */
export function isLive(entry: Entry): boolean {
  if (entry.deleted === undefined) return true;
  const newest = newestField(entry);
  return newest !== undefined && newest > entry.deleted;
}

/** A row as stored: its fields that are set. */
export function rowOf(entry: Entry): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(entry.fields)) if (field.v !== undefined) row[name] = field.v;
  return row;
}

/** Merges one entry into another, field by field: the later stamp wins. Returns whether it changed. */
function joinEntry(into: Entry, from: Entry): boolean {
  let changed = false;
  for (const [name, field] of Object.entries(from.fields)) {
    const mine = into.fields[name];
    if (!mine || field.s > mine.s) {
      into.fields[name] = field;
      changed = true;
    }
  }
  const deleted = later(into.deleted, from.deleted);
  if (deleted !== into.deleted) {
    into.deleted = deleted;
    changed = true;
  }
  return changed;
}

const copyEntry = (entry: Entry): Entry => ({ ...entry, fields: { ...entry.fields } });

/**
 * Merges entries from another device into a replica (changed in place). Returns the refs of the
 * rows that changed.
 */
export function join(replica: Replica, entries: Iterable<Entry>): Set<string> {
  const changed = new Set<string>();
  for (const entry of entries) {
    const ref = refOf(entry.table, entry.key);
    const mine = replica.get(ref);
    if (!mine) {
      replica.set(ref, copyEntry(entry));
      changed.add(ref);
    } else if (joinEntry(mine, entry)) changed.add(ref);
  }
  return changed;
}

/** What this device holds of one row now. */
export interface LocalRow {
  table: SyncTable;
  key: string;
  /** The row, or `undefined` when this device does not have it (deleted here). */
  row: Record<string, unknown> | undefined;
  /** Deleted by a rule here even if this device never had it (a twin of a commitment deleted here). */
  deletedHere?: boolean;
}

/**
 * The stamp of a change made here: of `field` of `row`, replacing a value stamped `replaced`.
 * The engine's is later than `replaced` (a change wins over what it changed) and otherwise at the
 * row's own `updatedAt`, so a backup merged in today does not overrule newer changes elsewhere.
 */
export type StampFor = (
  table: SyncTable,
  row: Record<string, unknown>,
  field: string,
  replaced?: Stamp,
) => Stamp;

/**
 * Takes this device's own changes into the replica (in place), and returns the refs that changed.
 *
 * A change is told from `previous`, the rows as this device had them at the end of its last pass:
 * a field whose value differs from its previous one was changed here, and gets a stamp; a row that
 * was here and is gone was deleted here, and gets a tombstone. So a value that came from another
 * computer and could not be written here (its row refused by the schema check) is never taken for
 * a change of this device's, and neither is a row this device never had. A row new here is stamped
 * by `firstStamp` (its own `updatedAt`), so data that was here before sync was turned on does not
 * overrule newer changes made elsewhere. Without `previous` (tests that build replicas by hand),
 * the replica itself is what the rows are compared with.
 *
 * When a strength's place changes here, every strength ranked here gets one new stamp for its
 * place: the ranking travels as one thing.
 */
export function observe(
  replica: Replica,
  local: readonly LocalRow[],
  stamp: Stamp | StampFor,
  firstStamp: (table: SyncTable, row: Record<string, unknown>, field: string) => Stamp,
  previous?: ReadonlyMap<string, Record<string, unknown>>,
): Set<string> {
  const stampOf: StampFor = typeof stamp === 'string' ? () => stamp : stamp;
  const changed = new Set<string>();
  let rankMoved = false;
  let rankNew = false;
  for (const { table, key, row, deletedHere } of local) {
    const ref = refOf(table, key);
    const entry = replica.get(ref);
    const before = previous ? previous.get(ref) : entry && isLive(entry) ? rowOf(entry) : undefined;
    if (row === undefined) {
      if (entry && isLive(entry) && (before !== undefined || deletedHere)) {
        entry.deleted = later(stampOf(table, before ?? {}, '', newestField(entry)), entry.deleted);
        changed.add(ref);
        // A strength taken out of the ranking is the ranking moved: the places kept are restamped too.
        if (table === 'strengths') rankMoved = true;
      }
      continue;
    }
    if (!entry) {
      const fields: Record<string, FieldState> = {};
      for (const [name, v] of Object.entries(row))
        if (v !== undefined) fields[name] = { v, s: firstStamp(table, row, name) };
      replica.set(ref, { table, key, fields });
      changed.add(ref);
      if (table === 'strengths') rankNew = true;
      continue;
    }
    const revived = !isLive(entry);
    const names = new Set([...Object.keys(entry.fields), ...Object.keys(row)]);
    for (const name of names) {
      const value = row[name];
      const field = entry.fields[name];
      // New here (not in `previous`): only what differs from the replica, stamped as of its row.
      const changedHere =
        before === undefined
          ? !field || !sameValue(field.v, value)
          : !sameValue(before[name], value) && (!field || !sameValue(field.v, value));
      if (!revived && !changedHere) continue;
      if (!field && value === undefined) continue;
      let s: Stamp;
      if (before === undefined && !revived) {
        const first = firstStamp(table, row, name);
        s = later(first, field && bump(field.s, deviceOf(first)))!;
      } else s = stampOf(table, row, name, field?.s);
      entry.fields[name] = { v: value, s };
      changed.add(ref);
      if (table === 'strengths' && (name === 'rank' || name === 'rankedAt')) rankMoved = true;
    }
  }
  if (rankMoved) restampRanking(replica, local, stampOf, changed);
  else if (rankNew) restampRanking(replica, local, null, changed);
  return changed;
}

const deviceOf = (stamp: Stamp) => stamp.slice(-8);

/** A stamp of `device` just after `stamp`: what a change of the value `stamp` stamps needs to beat. */
function bump(stamp: Stamp, device: string): Stamp {
  return makeStamp(stampTime(stamp), stampCount(stamp) + 1, device);
}

/**
 * Gives the place of every strength ranked here one stamp. A ranking moved here (`stampOf`) gets
 * one later than every place it replaces; strengths new to the replica (its first pass) keep the
 * latest of their own first stamps, so an older ranking here never overrules a newer one elsewhere.
 */
function restampRanking(
  replica: Replica,
  local: readonly LocalRow[],
  stampOf: StampFor | null,
  changed: Set<string>,
) {
  const ranked = local.filter((item) => item.table === 'strengths' && item.row !== undefined);
  const entries = ranked
    .map((item) => replica.get(refOf('strengths', item.key)))
    .filter((entry): entry is Entry => entry !== undefined && isLive(entry) && !!entry.fields.rank);
  if (entries.length === 0) return;
  let newest: Stamp | undefined;
  for (const entry of entries) newest = later(newest, entry.fields.rank!.s);
  // The row saved last stands for the ranking (all of one ranking share its `rankedAt`).
  const latest = ranked.reduce((a, b) => (rankedAt(b) > rankedAt(a) ? b : a));
  const one = stampOf ? later(newest, stampOf('strengths', latest.row!, 'rank', newest))! : newest!;
  for (const entry of entries) {
    if (entry.fields.rank!.s === one) continue;
    entry.fields.rank = { v: entry.fields.rank!.v, s: one };
    changed.add(refOf(entry.table, entry.key));
  }
}

const rankedAt = (item: LocalRow) => (typeof item.row?.rankedAt === 'number' ? item.row.rankedAt : -Infinity);

/** Drops tombstones older than `keepFor` milliseconds, and rows `outside` says no longer travel. */
export function prune(
  replica: Replica,
  now: number,
  keepFor: number,
  outside: (entry: Entry) => boolean,
): void {
  for (const [ref, entry] of replica) {
    if (!isLive(entry)) {
      if (stampTime(entry.deleted!) < now - keepFor) replica.delete(ref);
    } else if (outside(entry)) replica.delete(ref);
  }
}

/** The latest stamp anywhere in a replica: the clock moves past it. */
export function latestStamp(replica: Replica): Stamp | undefined {
  let latest: Stamp | undefined;
  for (const entry of replica.values()) latest = later(later(latest, newestField(entry)), entry.deleted);
  return latest;
}
