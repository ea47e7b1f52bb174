/**
 * How a replica is written into `storage.sync` and read back. Each device writes only keys with
 * its own id in them, so two devices never write the same key:
 * - `fl1.<device>.m`, its manifest: the format, when it last wrote, how many items, and from
 *   which day its history starts;
 * - `fl1.<device>.<n>`, its items: rows packed under the per-item limit, each item whole on its own,
 *   so an item that arrives before or after the others still merges correctly.
 * A row is sent with one stamp for most fields and the others' own: `{t, k, s, f, o, u, d}` = table
 * code, key, the usual stamp, the fields set, the stamps that differ, the fields unset, and the
 * tombstone. A row too large for one item is sent as several, a few fields in each.
 */
import { isLive, type Entry, type FieldState } from './replica';
import { isDeviceId, isStamp, type DeviceId, type Stamp } from './stamp';
import { SYNC_TABLES, SYNC_TABLE_CODES, tableOfCode } from './tables';

export const FORMAT = 1;
const PREFIX = `fl${FORMAT}.`;
export const manifestKey = (device: DeviceId) => `${PREFIX}${device}.m`;
export const itemKey = (device: DeviceId, n: number) => `${PREFIX}${device}.${n}`;
const KEY = /^fl(\d+)\.([a-z0-9]{8})\.(m|\d{1,3})$/;
/** Whether `key` is one of `device`'s (in any format): only that device ever writes it. */
export const isKeyOf = (key: string, device: DeviceId) => KEY.exec(key)?.[2] === device;

/** The limits of `storage.sync` (Chrome's; Firefox enforces the same bytes). */
export const SYNC_LIMITS = {
  totalBytes: 102_400,
  itemBytes: 8_192,
  items: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
};

export interface Manifest {
  v: number;
  /** When the device last wrote, epoch ms. */
  at: number;
  /** How many items it wrote. */
  n: number;
  /** The first day of its history, or null when it sends none. */
  from: string | null;
}

interface WireEntry {
  t: string;
  k: string;
  s: Stamp;
  f: Record<string, unknown>;
  o?: Record<string, Stamp>;
  u?: string[];
  d?: Stamp;
}

const encoder = new TextEncoder();
/** What an item costs against the quota: its key and its value as JSON, in bytes. */
export const itemBytes = (key: string, value: unknown) =>
  encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

function toWire(entry: Entry, names: readonly string[], withTombstone: boolean): WireEntry {
  const counts = new Map<Stamp, number>();
  for (const name of names) counts.set(entry.fields[name]!.s, (counts.get(entry.fields[name]!.s) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? entry.deleted!;
  const wire: WireEntry = { t: SYNC_TABLE_CODES[entry.table], k: entry.key, s: usual, f: {} };
  for (const name of names) {
    const field = entry.fields[name]!;
    if (field.v === undefined) (wire.u ??= []).push(name);
    else wire.f[name] = field.v;
    if (field.s !== usual) (wire.o ??= {})[name] = field.s;
  }
  if (withTombstone && entry.deleted !== undefined) wire.d = entry.deleted;
  return wire;
}

/** An entry as one or more wire rows of at most `room` bytes; fields that alone exceed it are left out. */
function split(entry: Entry, room: number): { rows: WireEntry[]; leftOut: string[] } {
  // A deleted row travels as its tombstone alone: its fields no longer matter anywhere.
  const names = isLive(entry) ? Object.keys(entry.fields).sort() : [];
  const whole = toWire(entry, names, true);
  if (JSON.stringify(whole).length <= room && itemBytes('', whole) <= room)
    return { rows: [whole], leftOut: [] };
  const rows: WireEntry[] = [];
  const leftOut: string[] = [];
  let group: string[] = [];
  const flush = () => {
    if (group.length > 0) rows.push(toWire(entry, group, rows.length === 0));
    group = [];
  };
  for (const name of names) {
    if (itemBytes('', toWire(entry, [name], true)) > room) {
      leftOut.push(name);
      continue;
    }
    if (itemBytes('', toWire(entry, [...group, name], rows.length === 0)) > room) flush();
    group.push(name);
  }
  flush();
  if (rows.length === 0) rows.push(toWire(entry, [], true));
  return { rows, leftOut };
}

export interface Packed {
  /** The items, keyed, the manifest among them. */
  items: Record<string, unknown>;
  /** Bytes they take against the quota. */
  bytes: number;
  /** Fields too large for any item, which stay on this device: `table/key/field`. */
  leftOut: string[];
}

const tableOrder = new Map(SYNC_TABLES.map((table, i) => [table, i]));

/** Packs entries into a device's items, in a stable order, each under the per-item limit. */
export function pack(
  device: DeviceId,
  entries: Iterable<Entry>,
  manifest: Omit<Manifest, 'v' | 'n'>,
): Packed {
  const sorted = [...entries].sort(
    (a, b) =>
      tableOrder.get(a.table)! - tableOrder.get(b.table)! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  // Room for a row in an item: the limit, less the longest key and the item's own brackets.
  const room = SYNC_LIMITS.itemBytes - itemKey(device, 999).length - '{"e":[]}'.length;
  const items: Record<string, unknown> = {};
  const leftOut: string[] = [];
  let current: WireEntry[] = [];
  let used = 0;
  let n = 0;
  const close = () => {
    if (current.length > 0) items[itemKey(device, n++)] = { e: current };
    current = [];
    used = 0;
  };
  for (const entry of sorted) {
    const parts = split(entry, room);
    leftOut.push(...parts.leftOut.map((name) => `${entry.table}/${entry.key}/${name}`));
    for (const row of parts.rows) {
      const size = itemBytes('', row) + 1;
      if (used + size > room) close();
      current.push(row);
      used += size;
    }
  }
  close();
  items[manifestKey(device)] = { v: FORMAT, n, ...manifest } satisfies Manifest;
  let bytes = 0;
  for (const [key, value] of Object.entries(items)) bytes += itemBytes(key, value);
  return { items, bytes, leftOut };
}

/** Something in `storage.sync` that was not taken, and why. */
export type ReadNote =
  | { kind: 'newer'; device: string }
  | { kind: 'older'; device: string }
  | { kind: 'corrupt'; key: string }
  | { kind: 'foreign'; key: string };

export interface ReadResult {
  /** Entries from each device, this one's included. */
  entries: Map<DeviceId, Entry[]>;
  manifests: Map<DeviceId, Manifest>;
  notes: ReadNote[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fromWire(value: unknown): Entry | null {
  if (!isRecord(value)) return null;
  const { t, k, s, f, o, u, d } = value;
  const table = tableOfCode(t);
  if (!table || typeof k !== 'string' || k.length === 0 || k.length > 100 || !isStamp(s) || !isRecord(f))
    return null;
  if (o !== undefined && (!isRecord(o) || !Object.values(o).every(isStamp))) return null;
  if (u !== undefined && (!Array.isArray(u) || !u.every((name) => typeof name === 'string' && !(name in f))))
    return null;
  if (d !== undefined && !isStamp(d)) return null;
  const stampOf = (name: string) => ((o as Record<string, Stamp> | undefined)?.[name] ?? s) as Stamp;
  const fields: Record<string, FieldState> = {};
  for (const [name, v] of Object.entries(f)) fields[name] = { v, s: stampOf(name) };
  for (const name of (u as string[] | undefined) ?? []) fields[name] = { v: undefined, s: stampOf(name) };
  return { table, key: k, fields, ...(d === undefined ? {} : { deleted: d as Stamp }) };
}

function isManifest(value: unknown): value is Manifest {
  if (!isRecord(value)) return false;
  const { v, at, n, from } = value;
  return (
    typeof v === 'number' &&
    typeof at === 'number' &&
    Number.isInteger(n) &&
    (from === null || typeof from === 'string')
  );
}

/**
 * Reads everything in `storage.sync`: every device's entries, checked item by item. What is not
 * Flourish's, is a format this version cannot read, or does not hold together is left out with a
 * note; the rest is still read.
 */
export function readAll(all: Record<string, unknown>): ReadResult {
  const entries = new Map<DeviceId, Entry[]>();
  const manifests = new Map<DeviceId, Manifest>();
  const notes: ReadNote[] = [];
  const noted = new Set<string>();
  const note = (item: ReadNote) => {
    const id = JSON.stringify(item);
    if (!noted.has(id)) notes.push(item);
    noted.add(id);
  };
  for (const [key, value] of Object.entries(all)) {
    const match = KEY.exec(key);
    if (!match) {
      note({ kind: 'foreign', key });
      continue;
    }
    const [, format, device, part] = match as unknown as [string, string, string, string];
    if (Number(format) !== FORMAT || !isDeviceId(device)) {
      note({ kind: Number(format) > FORMAT ? 'newer' : 'older', device });
      continue;
    }
    if (part === 'm') {
      if (!isManifest(value)) note({ kind: 'corrupt', key });
      else if (value.v !== FORMAT) note({ kind: value.v > FORMAT ? 'newer' : 'older', device });
      else manifests.set(device, value);
      continue;
    }
    const rows = isRecord(value) && Array.isArray(value.e) ? value.e.map(fromWire) : null;
    if (!rows || rows.some((row) => row === null)) {
      note({ kind: 'corrupt', key });
      // The rows that do hold together still count: each is whole on its own.
    }
    const good = (rows ?? []).filter((row): row is Entry => row !== null);
    entries.set(device, [...(entries.get(device) ?? []), ...good]);
  }
  return { entries, manifests, notes };
}
