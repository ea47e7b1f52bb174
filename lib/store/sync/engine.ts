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
import { isoWeekKey } from '../../domain/days';
import { LAST_DAY } from '../../domain/day-range';
import { canonical, sameValue } from '../../domain/sync/canonical';
import {
  join,
  latestStamp,
  observe,
  prune,
  refOf,
  type Entry,
  type LocalRow,
  type Replica,
} from '../../domain/sync/replica';
import { makeStamp, nextStamp, type Stamp } from '../../domain/sync/stamp';
import { SETTINGS_KEY, SYNC_TABLES, type SyncTable } from '../../domain/sync/tables';
import { ownChanges, viewOf } from '../../domain/sync/view';
import { flatten, unflatten } from '../../domain/sync/nested';
import {
  isBefore,
  latestSessionOf,
  MAX_WEEKS,
  planSend,
  TOMBSTONE_MS,
  windowStart,
} from '../../domain/sync/plan';
import { manifestKey, readAll, type Manifest } from '../../domain/sync/wire';
import { nextWriteAt, recentWrites } from '../../domain/sync/rate';
import { getSyncChoice, getSyncStatus, setSyncStatus, type SyncStatus } from '../storage-items';
import { REPLICA_KEY } from './replica-key';

const SYNC_LOCK = 'flourish:sync';

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
async function readLocal(replica: Replica, from: string): Promise<LocalRow[]> {
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
  // Rows the replica has beyond those: history older than the window (there) or deleted (gone).
  const others = new Map<DbTable, string[]>();
  for (const entry of replica.values()) {
    if (entry.table === 'settings' || seen.has(refOf(entry.table, entry.key))) continue;
    others.set(entry.table, [...(others.get(entry.table) ?? []), entry.key]);
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

/** A row's first stamp: when it was last changed, so older data never overrules newer elsewhere. */
const firstStampFor =
  (device: string) =>
  (_table: SyncTable, row: Record<string, unknown>): Stamp =>
    makeStamp(typeof row.updatedAt === 'number' ? row.updatedAt : 0, 0, device);

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
  const settings = await getSettings();

  let applied = 0;
  const rejected: string[] = [];
  let mergedSettings: Record<string, unknown> | undefined;
  const replica = await db.transaction('rw', [...DB_TABLES.map(tableOf), db.meta], async () => {
    const stored = (await db.meta.get(REPLICA_KEY))?.value;
    // What was stored, as text: the replica's entries are changed in place below.
    const before = canonical(stored ?? []);
    const replica = loadReplica(stored);
    const settingsRow: LocalRow = { table: 'settings', key: SETTINGS_KEY, row: { ...settings } };
    const stamp = nextStamp(latestStamp(replica), now, device);
    observe(
      replica,
      ownChanges(replica, [...(await readLocal(replica, from)), settingsRow]),
      stamp,
      firstStampFor(device),
    );
    for (const [other, entries] of read.entries) if (other !== device) join(replica, entries);

    const view = viewOf(replica);
    const local = new Map((await readLocal(replica, from)).map((row) => [refOf(row.table, row.key), row]));
    for (const [ref, item] of view) {
      if (item.table === 'settings') {
        if (!sameValue(item.row, settings)) mergedSettings = item.row;
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
      if (row.row === undefined || row.table === 'settings' || view.has(ref)) continue;
      const entry = replica.get(ref);
      if (!entry) continue;
      await tableOf(row.table as DbTable).delete(row.key);
      applied += 1;
    }
    // Take in what this device changed by applying: rows the rules set aside stay in the replica.
    if (applied > 0) {
      const after = nextStamp(latestStamp(replica), now, device);
      observe(replica, ownChanges(replica, await readLocal(replica, from)), after, firstStampFor(device));
    }
    const latestSession = latestSessionOf(replica);
    prune(replica, now, TOMBSTONE_MS, (entry) => isBefore(entry, from, latestSession));
    // Written only when it changed: a write wakes every page's live queries.
    const value = [...replica.values()];
    if (canonical(value) !== before) await db.meta.put({ key: REPLICA_KEY, value });
    return replica;
  });

  let settingsChanged = false;
  if (mergedSettings) {
    const result = settingsSchema.safeParse(mergedSettings);
    if (result.success) {
      await updateSettings(result.data);
      settingsChanged = true;
    } else rejected.push(refOf('settings', SETTINGS_KEY));
  }

  const retryAt = await publish(device, replica, all, read.manifests, status, now, today);
  await setSyncStatus({
    ...(await getSyncStatus()),
    at: now,
    notes: read.notes,
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
  const mine = Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(`fl1.${device}.`)));
  const others = [...manifests].filter(
    ([id, manifest]) => id !== device && manifest.at > now - DEVICE_GONE_MS,
  );
  // A day after the browser last refused a write, try the full history again.
  const forgiven = status.refused !== null && status.refused.at < now - 86_400_000;
  let maxWeeks = forgiven ? MAX_WEEKS : status.maxWeeks;
  let refused = forgiven ? null : status.refused;
  const writes = recentWrites(status.writes, now);
  let waitingUntil: number | null = null;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const plan = planSend(replica, { device, today, now, maxWeeks, devices: others.length + 1 });
    const stale = Object.keys(mine).filter((key) => !(key in plan.packed.items));
    const totalBytes =
      plan.packed.bytes +
      Object.entries(all)
        .filter(([key]) => !key.startsWith(`fl1.${device}.`))
        .reduce((sum, [key, value]) => sum + new TextEncoder().encode(key + JSON.stringify(value)).length, 0);
    const sent = {
      bytes: plan.packed.bytes,
      items: Object.keys(plan.packed.items).length,
      share: plan.share,
      from: plan.from,
      weeks: plan.weeks,
      rows: plan.rows,
    };
    const save = (extra: Partial<SyncStatus>) =>
      setSyncStatus({
        ...status,
        sent,
        totalBytes,
        devices: others.length,
        maxWeeks,
        refused,
        leftOut: plan.packed.leftOut,
        writes,
        waitingUntil,
        ...extra,
      });
    const changed = Object.fromEntries(
      Object.entries(plan.packed.items).filter(
        ([key, value]) => !sameItems({ [key]: value }, { [key]: mine[key] }),
      ),
    );
    const onlyManifest = Object.keys(changed).every((key) => key === manifestKey(device));
    if (
      (Object.keys(changed).length === 0 || onlyManifest) &&
      stale.length === 0 &&
      manifestKey(device) in mine
    ) {
      await save({});
      return null;
    }
    const at = nextWriteAt(writes, now);
    if (at > now) {
      waitingUntil = at;
      await save({});
      return at;
    }
    try {
      await browser.storage.sync.set(changed);
      writes.push(now);
      if (stale.length > 0) {
        await browser.storage.sync.remove(stale);
        writes.push(now);
      }
      await save({});
      return null;
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
      await save({});
      return waitingUntil;
    }
  }
  return now + 60_000;
}
