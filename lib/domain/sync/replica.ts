/**
 * A device's replica of the synced data: every row as fields, each field with the stamp of the
 * change that set it, and deletions as tombstones. Merging two replicas takes, field by field, the
 * value with the later stamp (`join`): it gives the same result whatever order, however often, and
 * however late replicas arrive, so every device that has seen the same changes holds the same
 * data. A row is deleted while its tombstone is later than every stamp of its fields; a change made
 * after the deletion brings it back.
 */
import { sameValue } from './canonical';
import { later, stampTime, type Stamp } from './stamp';
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
}

/**
 * Takes this device's own changes into the replica (in place): each field whose value differs
 * from the replica's gets `stamp`; a row the replica has and this device no longer has gets a
 * tombstone. A row the replica has never seen is stamped at `firstStamp(row)` (its own `updatedAt`),
 * so data that was here before sync was turned on does not overrule newer changes made elsewhere.
 * When any strength's place changes, every ranked strength's place is stamped anew: the ranking
 * travels as one thing. Returns the refs that changed.
 */
export function observe(
  replica: Replica,
  local: readonly LocalRow[],
  stamp: Stamp,
  firstStamp: (table: SyncTable, row: Record<string, unknown>) => Stamp,
): Set<string> {
  const changed = new Set<string>();
  for (const { table, key, row } of local) {
    const ref = refOf(table, key);
    const entry = replica.get(ref);
    if (row === undefined) {
      if (entry && isLive(entry)) {
        entry.deleted = stamp;
        changed.add(ref);
      }
      continue;
    }
    if (!entry) {
      const first = firstStamp(table, row);
      const fields: Record<string, FieldState> = {};
      for (const [name, v] of Object.entries(row)) if (v !== undefined) fields[name] = { v, s: first };
      replica.set(ref, { table, key, fields });
      changed.add(ref);
      continue;
    }
    const revived = !isLive(entry);
    const names = new Set([...Object.keys(entry.fields), ...Object.keys(row)]);
    for (const name of names) {
      const value = row[name];
      const field = entry.fields[name];
      if (revived || !field || !sameValue(field.v, value)) {
        if (!field && value === undefined) continue;
        entry.fields[name] = { v: value, s: stamp };
        changed.add(ref);
      }
    }
  }
  // The strengths ranked here now: only these take part in a new ranking (the replica may also
  // hold strengths of an older ranking, set aside by the view).
  const ranked = new Set(
    local.filter((item) => item.table === 'strengths' && item.row !== undefined).map((item) => item.key),
  );
  const rankingMoved = [...changed].some((ref) => ref.startsWith('strengths/'));
  if (rankingMoved) {
    for (const entry of replica.values()) {
      if (entry.table !== 'strengths' || !isLive(entry) || !ranked.has(entry.key)) continue;
      const rank = entry.fields.rank;
      if (rank && rank.s !== stamp) {
        entry.fields.rank = { v: rank.v, s: stamp };
        changed.add(refOf(entry.table, entry.key));
      }
    }
  }
  return changed;
}

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
