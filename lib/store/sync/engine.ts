/**
 * One pass of sync: takes this device's changes into its replica, merges every other device's
 * items from `storage.sync`, writes into the database what the merge changed (each row checked by
 * the backup's own schema first), and sends this device's replica within its share of the quota
 * and the rate limits. The background worker runs it (entrypoints/background/sync.ts); passes never
 * overlap, across the worker and every page.
 */
import { browser } from 'wxt/browser';
import type { Table } from 'dexie';
import { db } from '../db/db';
import { exclusive } from '../../platform/exclusive';
import { localTimeZone, today as todayIn } from '../../platform/clock';
import { getSettings, updateSettings } from '../storage-items';
import { ROW_SCHEMAS } from '../../domain/entities/tables';
import { settingsSchema } from '../../domain/entities/settings';
import type { Settings } from '../../domain/settings';
import { isoWeekKey } from '../../domain/days';
import { LAST_DAY } from '../../domain/day-range';
import { canonical, sameValue } from '../../domain/sync/canonical';
import {
  join,
  observe,
  prune,
  refOf,
  type Entry,
  type LocalRow,
  type Replica,
  type StampFor,
} from '../../domain/sync/replica';
import { later, makeStamp, nextStamp, stampTime, type Stamp } from '../../domain/sync/stamp';
import { SETTINGS_KEY, SYNC_TABLES, type SyncTable } from '../../domain/sync/tables';
import { ownChanges, viewOf } from '../../domain/sync/view';
import { flatten, unflatten } from '../../domain/sync/nested';
import {
  HEADROOM_BYTES,
  isBefore,
  latestSessionOf,
  MAX_WEEKS,
  planSend,
  TOMBSTONE_MS,
  windowStart,
} from '../../domain/sync/plan';
import { itemBytes, manifestKey, readAll, SYNC_LIMITS, type Manifest } from '../../domain/sync/wire';
import { nextWriteAt, recentWrites } from '../../domain/sync/rate';
import { getSyncChoice, getSyncStatus, setSyncStatus, type SyncStatus } from '../storage-items';
import { PREVIOUS_KEY, REPLICA_KEY, SYNC_LOCK } from './replica-key';

type DbTable = Exclude<SyncTable, 'settings'>;
const DB_TABLES = SYNC_TABLES.filter((table): table is DbTable => table !== 'settings');
const tableOf = (name: DbTable) => db[name] as unknown as Table<Record<string, unknown>, string>;
const keyField: Record<DbTable, string> = {
  profile: 'id',
  strengths: 'id',
  vision: 'id',
  goals: 'id',
  recurrences: 'id',
  daysOff: 'id',
  sessions: 'id',
  questions: 'id',
  commitments: 'id',
  reviews: 'day',
  weeklyReviews: 'week',
};

export interface PassResult {
  /** Rows written into this device's data or deleted from it. */
  applied: number;
  /** Whether the settings changed. */
  settingsChanged: boolean;
  /** When a write is held back by the rate limits: when to try again. */
  retryAt: number | null;
}

const NOTHING: PassResult = { applied: 0, settingsChanged: false, retryAt: null };

/** Reads this device's rows that travel: everything but old history, and any row the replica has. */
async function readLocal(
  replica: Replica,
  previous: ReadonlyMap<string, unknown>,
  from: string,
): Promise<LocalRow[]> {
  const local: LocalRow[] = [];
  const seen = new Set<string>();
  const add = (table: DbTable, row: Record<string, unknown> | undefined, key: string) => {
    seen.add(refOf(table, key));
    local.push({ table, key, row: row && flatten(table, row) });
  };
  for (const table of DB_TABLES) {
    const rows =
      table === 'commitments'
        ? await db.commitments.where('day').between(from, LAST_DAY, true, true).toArray()
        : table === 'reviews'
          ? await db.reviews.where('day').aboveOrEqual(from).toArray()
          : table === 'weeklyReviews'
            ? await db.weeklyReviews.where('week').aboveOrEqual(isoWeekKey(from)).toArray()
            : await tableOf(table).toArray();
    for (const row of rows as Record<string, unknown>[]) add(table, row, String(row[keyField[table]]));
  }
  // Rows the replica or the last pass had beyond those: history older than the window (there) or
  // deleted (gone).
  const others = new Map<DbTable, string[]>();
  const refs = [
    ...[...replica.values()].map((entry) => [entry.table, entry.key] as const),
    ...[...previous.keys()].map((ref) => {
      const slash = ref.indexOf('/');
      return [ref.slice(0, slash) as SyncTable, ref.slice(slash + 1)] as const;
    }),
  ];
  for (const [table, key] of refs) {
    if (table === 'settings' || seen.has(refOf(table, key))) continue;
    seen.add(refOf(table, key));
    others.set(table, [...(others.get(table) ?? []), key]);
  }
  for (const [table, keys] of others) {
    const rows = await tableOf(table).bulkGet(keys);
    keys.forEach((key, i) => add(table, rows[i], key));
  }
  return local;
}

function loadReplica(value: unknown): Replica {
  const entries = Array.isArray(value) ? (value as Entry[]) : [];
  return new Map(entries.map((entry) => [refOf(entry.table, entry.key), entry]));
}

/**
 * When a field of a row last changed, as the row says: a strength's place, when the ranking was
 * saved (`rankedAt`: a place a new ranking keeps is ranked again, not updated); anything else, the
 * row's `updatedAt`. Undefined when the row says nothing.
 */
const dateOf = (table: SyncTable, row: Record<string, unknown>, field: string): number | undefined => {
  const date =
    table === 'strengths' && (field === 'rank' || field === 'rankedAt') && typeof row.rankedAt === 'number'
      ? row.rankedAt
      : row.updatedAt;
  return typeof date === 'number' ? date : undefined;
};

/** A row's first stamp: when it last changed, so older data never overrules newer elsewhere. */
const firstStampFor =
  (device: string) =>
  (table: SyncTable, row: Record<string, unknown>, field: string): Stamp =>
    makeStamp(dateOf(table, row, field) ?? 0, 0, device);

/**
 * The stamp of a change made here: later than the value it replaced, and at the row's own date
 * (`dateOf`) when that is later still (a deletion, or settings, which have none: now). A row a
 * backup's merge brought in keeps its own date, so it does not overrule newer changes elsewhere.
 */
const changeStampFor =
  (device: string, now: number): StampFor =>
  (table, row, field, replaced) => {
    const at = (field === '' ? undefined : dateOf(table, row, field)) ?? now;
    const own = makeStamp(at, 0, device);
    return replaced === undefined ? own : later(own, nextStamp(replaced, stampTime(replaced), device))!;
  };

/** What this device had of each row at the end of its last pass (`observe`'s `previous`). */
function loadPrevious(value: unknown): Map<string, Record<string, unknown>> {
  return new Map(Array.isArray(value) ? (value as [string, Record<string, unknown>][]) : []);
}

const isPlausible = (entry: Entry, now: number) => {
  const limit = now + 86_400_000;
  return (
    Object.values(entry.fields).every((field) => stampTime(field.s) <= limit) &&
    (entry.deleted === undefined || stampTime(entry.deleted) <= limit)
  );
};

/** Checks a row as a backup's is checked; the parsed row, or null. */
function checked(table: DbTable, row: Record<string, unknown>): Record<string, unknown> | null {
  const result = ROW_SCHEMAS[table].safeParse(unflatten(table, row));
  return result.success ? (result.data as Record<string, unknown>) : null;
}

const classify = (error: unknown): 'quota' | 'rate' | 'other' => {
  const message = String((error as Error)?.message ?? error);
  // Chrome names the limit ("This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.",
  // "QUOTA_BYTES quota exceeded"); Firefox says its quota was exceeded. The rate first: its
  // message has "quota" in it too.
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED/i.test(message)) return 'rate';
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(message)) return 'quota';
  return 'other';
};

/**
 * The fields the merge changed in the settings, each its merged value (`undefined`: unset), or
 * null when none changed.
 */
function changedSettings(
  merged: Record<string, unknown>,
  settings: Settings,
): Record<string, unknown> | null {
  const names = new Set([...Object.keys(merged), ...Object.keys(settings)]);
  const changes: Record<string, unknown> = {};
  for (const name of names) {
    const value = merged[name];
    if (!sameValue(value, (settings as Record<string, unknown>)[name])) changes[name] = value;
  }
  return Object.keys(changes).length > 0 ? changes : null;
}

function withChanges(settings: Settings, changes: Record<string, unknown> | null): Record<string, unknown> {
  const row: Record<string, unknown> = { ...settings, ...changes };
  for (const [name, value] of Object.entries(row)) if (value === undefined) delete row[name];
  return row;
}

/**
 * Saves the settings the merge changed, field by field, under the settings' lock: a field a page
 * changed since the pass read the settings keeps the page's value (the next pass sends it, as this
 * device's later change). Returns whether anything was saved.
 */
async function applySettings(read: Settings, changes: Record<string, unknown>): Promise<boolean> {
  let saved = false;
  await updateSettings((current) => {
    const kept: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(changes)) {
      const untouched = sameValue(
        (current as Record<string, unknown>)[name],
        (read as Record<string, unknown>)[name],
      );
      if (untouched) kept[name] = value;
    }
    saved = Object.keys(kept).length > 0;
    return kept as Partial<Settings>;
  });
  return saved;
}

/** Runs one pass, unless sync is off. */
export function syncPass(now: number = Date.now(), timeZone: string = localTimeZone()): Promise<PassResult> {
  return exclusive(SYNC_LOCK, () => runPass(now, timeZone));
}

async function runPass(now: number, timeZone: string): Promise<PassResult> {
  const choice = await getSyncChoice();
  if (!choice.enabled || !choice.deviceId) return NOTHING;
  const device = choice.deviceId;
  const status = await getSyncStatus();
  const today = todayIn(now, timeZone);
  const from = windowStart(today, MAX_WEEKS)!;
  const all = (await browser.storage.sync.get(null)) as Record<string, unknown>;
  const read = readAll(all);
  const notes = [...read.notes];
  const settings = await getSettings();

  let applied = 0;
  const rejected: string[] = [];
  let settingsChanges: Record<string, unknown> | null = null;
  const replica = await db.transaction('rw', [...DB_TABLES.map(tableOf), db.meta], async () => {
    const stored = (await db.meta.get(REPLICA_KEY))?.value;
    const storedPrevious = (await db.meta.get(PREVIOUS_KEY))?.value;
    // What was stored, as text: the replica's entries are changed in place below.
    const before = canonical([stored ?? [], storedPrevious ?? []]);
    const replica = loadReplica(stored);
    const previous = loadPrevious(storedPrevious);
    const settingsRow: LocalRow = { table: 'settings', key: SETTINGS_KEY, row: { ...settings } };
    const mine = [...(await readLocal(replica, previous, from)), settingsRow];
    observe(replica, ownChanges(replica, mine), changeStampFor(device, now), firstStampFor(device), previous);
    for (const [other, entries] of read.entries) {
      if (other === device) continue;
      // A stamp more than a day ahead is a broken clock or a broken item: taken in, it would carry
      // every computer's clock with it. Left out, with a note.
      const plausible = entries.filter((entry) => isPlausible(entry, now));
      if (plausible.length < entries.length) notes.push({ kind: 'corrupt', key: `fl1.${other}` });
      join(replica, plausible);
    }

    const view = viewOf(replica);
    const local = new Map(mine.map((row) => [refOf(row.table, row.key), row]));
    for (const [ref, item] of view) {
      if (item.table === 'settings') {
        settingsChanges = changedSettings(item.row, settings);
        continue;
      }
      if (sameValue(item.row, local.get(ref)?.row)) continue;
      const row = checked(item.table, item.row);
      if (!row) {
        rejected.push(ref);
        continue;
      }
      await tableOf(item.table).put(row);
      applied += 1;
    }
    for (const [ref, row] of local) {
      if (row.row === undefined || row.table === 'settings' || view.has(ref) || !replica.has(ref)) continue;
      await tableOf(row.table as DbTable).delete(row.key);
      applied += 1;
    }
    const latestSession = latestSessionOf(replica);
    prune(replica, now, TOMBSTONE_MS, (entry) => isBefore(entry, from, latestSession));

    // What this device has now, for the next pass to tell its own changes from: as read, with
    // what was written here, and the settings as they will be once the merge's are saved.
    const after = applied > 0 ? await readLocal(replica, previous, from) : mine;
    const next: [string, Record<string, unknown>][] = after
      .filter((item) => item.row !== undefined && item.table !== 'settings')
      .map((item) => [refOf(item.table, item.key), item.row!]);
    const valid = settingsChanges && settingsSchema.safeParse({ ...settings, ...settingsChanges }).success;
    if (settingsChanges && !valid) {
      rejected.push(refOf('settings', SETTINGS_KEY));
      settingsChanges = null;
    }
    next.push([refOf('settings', SETTINGS_KEY), withChanges(settings, settingsChanges)]);

    // Written only when they changed: a write wakes every page's live queries.
    const value = [...replica.values()];
    if (canonical([value, next]) !== before) {
      await db.meta.put({ key: REPLICA_KEY, value });
      await db.meta.put({ key: PREVIOUS_KEY, value: next });
    }
    return replica;
  });

  const settingsChanged = settingsChanges !== null && (await applySettings(settings, settingsChanges));

  const retryAt = await publish(device, replica, all, read.manifests, status, now, today);
  await setSyncStatus({
    ...(await getSyncStatus()),
    at: now,
    notes,
    rejected,
  });
  return { applied, settingsChanged, retryAt };
}

/** Whether two item sets say the same, leaving aside when the manifest was written. */
function sameItems(a: Record<string, unknown>, b: Record<string, unknown>) {
  const strip = (items: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(items).map(([key, value]) =>
        key.endsWith('.m') ? [key, { ...(value as Manifest), at: 0 }] : [key, value],
      ),
    );
  return sameValue(strip(a), strip(b));
}

const DEVICE_GONE_MS = 60 * 86_400_000;

/** Sends this device's replica when it changed, within its share and the rate limits. */
async function publish(
  device: string,
  replica: Replica,
  all: Record<string, unknown>,
  manifests: Map<string, Manifest>,
  status: SyncStatus,
  now: number,
  today: string,
): Promise<number | null> {
  const prefix = `fl1.${device}.`;
  const mine = Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(prefix)));
  const others = [...manifests].filter(
    ([id, manifest]) => id !== device && manifest.at > now - DEVICE_GONE_MS,
  );
  // Computers not heard from in 60 days: their keys take room no one uses. Any computer clears them.
  const gone = Object.keys(all).filter((key) => {
    const id = key.split('.')[1];
    const manifest = id === undefined ? undefined : manifests.get(id);
    return id !== device && manifest !== undefined && manifest.at <= now - DEVICE_GONE_MS;
  });
  const othersBytes = Object.entries(all)
    .filter(([key]) => !key.startsWith(prefix) && !gone.includes(key))
    .reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  // A day after the browser last refused a write, try the full history again.
  const forgiven = status.refused !== null && status.refused.at < now - 86_400_000;
  let maxWeeks = forgiven ? MAX_WEEKS : status.maxWeeks;
  let refused = forgiven ? null : status.refused;
  const writes = recentWrites(status.writes, now);
  let waitingUntil: number | null = null;
  let sentAt = status.sentAt;

  for (let attempt = 0; attempt < 4; attempt += 1) {
    // Its share, and never more than the room the other computers leave.
    const room = SYNC_LIMITS.totalBytes - HEADROOM_BYTES - othersBytes;
    const plan = planSend(replica, {
      device,
      today,
      now,
      maxWeeks,
      devices: others.length + 1,
      maxBytes: room,
    });
    // Not even the rows without history fit: send the manifest alone, so the other computers
    // see this one and make room, and try again when they have.
    const waitingForRoom = plan.overflows;
    const items: Record<string, unknown> = waitingForRoom
      ? { [manifestKey(device)]: plan.packed.items[manifestKey(device)] }
      : plan.packed.items;
    const stale = waitingForRoom ? [] : Object.keys(mine).filter((key) => !(key in items));
    const sent = {
      bytes: waitingForRoom ? 0 : plan.packed.bytes,
      items: Object.keys(items).length,
      share: plan.share,
      from: plan.from,
      weeks: plan.weeks,
      rows: waitingForRoom ? {} : plan.rows,
    };
    const save = (extra: Partial<SyncStatus> = {}) =>
      setSyncStatus({
        ...status,
        sent,
        sentAt,
        totalBytes:
          othersBytes +
          Object.entries({ ...mine, ...items })
            .filter(([key]) => !stale.includes(key))
            .reduce((sum, [key, value]) => sum + itemBytes(key, value), 0),
        devices: others.length,
        maxWeeks,
        refused: waitingForRoom ? { at: now, reason: 'quota', message: 'waiting for room' } : refused,
        leftOut: plan.packed.leftOut,
        writes,
        waitingUntil,
        ...extra,
      });
    const changed = Object.fromEntries(
      Object.entries(items).filter(([key, value]) => !sameItems({ [key]: value }, { [key]: mine[key] })),
    );
    // The manifest alone is rewritten once a day, so the others keep counting this computer.
    const manifest = mine[manifestKey(device)] as Manifest | undefined;
    const manifestFresh = manifest !== undefined && manifest.at > now - 86_400_000;
    const onlyManifest = Object.keys(changed).every((key) => key === manifestKey(device));
    if (onlyManifest && manifestFresh && stale.length === 0 && gone.length === 0) {
      await save();
      return null;
    }
    const at = nextWriteAt(writes, now);
    if (at > now) {
      waitingUntil = at;
      await save();
      return at;
    }
    try {
      if (gone.length > 0) {
        await browser.storage.sync.remove(gone);
        writes.push(now);
      }
      await browser.storage.sync.set(changed);
      writes.push(now);
      if (stale.length > 0) {
        await browser.storage.sync.remove(stale);
        writes.push(now);
      }
      if (!waitingForRoom) sentAt = now;
      await save();
      return waitingForRoom ? now + 15 * 60_000 : null;
    } catch (error) {
      const reason = classify(error);
      refused = { at: now, reason, message: String((error as Error)?.message ?? error) };
      writes.push(now);
      if (reason === 'quota' && plan.weeks > 0) {
        // Less history, and try again: the rows without history first of all.
        maxWeeks = Math.floor(plan.weeks / 2);
        continue;
      }
      waitingUntil = now + 60_000;
      await save();
      return waitingUntil;
    }
  }
  waitingUntil = now + 60_000;
  await setSyncStatus({ ...status, maxWeeks, refused, writes, waitingUntil, sentAt });
  return waitingUntil;
}
