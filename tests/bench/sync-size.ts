/**
 * How much of `storage.sync` Flourish's synced set takes, and how a CRDT library would compare:
 * a typical leader (eight weeks of workdays, tests/support/sample.ts) and ten years of history (the
 * restore bench's file), packed as this device would send them; then the typical set as a Yjs
 * document, before and after a month of the edits a leader makes (ticks, reviews, the vision typed
 * and saved), against the stamps. Pure: no browser. `npx tsx tests/bench/sync-size.ts`.
 */
import * as Y from 'yjs';
import { addDays } from '../../lib/domain/days';
import { DEFAULT_SETTINGS } from '../../lib/domain/settings';
import { flatten } from '../../lib/domain/sync/nested';
import { planSend, shareOf } from '../../lib/domain/sync/plan';
import { latestStamp, observe, type LocalRow, type Replica } from '../../lib/domain/sync/replica';
import { makeStamp, nextStamp } from '../../lib/domain/sync/stamp';
import { SYNC_TABLES, type SyncTable } from '../../lib/domain/sync/tables';
import { sampleLeader } from '../support/sample';
import { tenYearBackup } from './ten-year-backup';

const TODAY = '2026-12-02';
const NOW = Date.parse(`${TODAY}T12:00:00Z`);
const DEVICE = 'bench001';
const KEY_FIELD: Partial<Record<SyncTable, string>> = { reviews: 'day', weeklyReviews: 'week' };

type Tables = Partial<Record<string, Record<string, unknown>[]>>;

function localRows(tables: Tables): LocalRow[] {
  const rows: LocalRow[] = [];
  for (const table of SYNC_TABLES) {
    if (table === 'settings') continue;
    for (const row of tables[table] ?? [])
      rows.push({ table, key: String(row[KEY_FIELD[table] ?? 'id']), row: flatten(table, row) });
  }
  rows.push({ table: 'settings', key: 'settings', row: { ...DEFAULT_SETTINGS } });
  return rows;
}

function replicaOf(tables: Tables): Replica {
  const replica: Replica = new Map();
  const first = (_t: SyncTable, row: Record<string, unknown>) =>
    makeStamp(typeof row.updatedAt === 'number' ? row.updatedAt : 0, 0, DEVICE);
  observe(replica, localRows(tables), makeStamp(NOW, 0, DEVICE), first);
  return replica;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function report(name: string, tables: Tables) {
  const replica = replicaOf(tables);
  for (const devices of [1, 2, 3]) {
    const plan = planSend(replica, { device: DEVICE, today: TODAY, now: NOW, maxWeeks: 8, devices });
    const items = Object.keys(plan.packed.items).length;
    console.log(
      `${name}, ${devices} computer(s): ${plan.packed.bytes} bytes (${kb(plan.packed.bytes)}) in ${items} items, ` +
        `share ${kb(shareOf(devices).bytes)}; history ${plan.weeks} weeks from ${plan.from}; ` +
        `commitments ${plan.rows.commitments ?? 0}, reviews ${plan.rows.reviews ?? 0}, zoom-outs ${plan.rows.weeklyReviews ?? 0}`,
    );
  }
  return replica;
}

/** The same rows as a Yjs document: a map per table, a map of fields per row. */
function yjsOf(tables: Tables): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const { table, key, row } of localRows(tables)) {
      const fields = new Y.Map<unknown>();
      for (const [name, value] of Object.entries(row!)) fields.set(name, value);
      doc.getMap<Y.Map<unknown>>(table).set(key, fields);
    }
  });
  return doc;
}

/** A month of a leader's edits: each workday three ticks and a review; the vision typed, saved ten times. */
function editMonth(
  tables: Tables,
  apply: (table: SyncTable, key: string, field: string, value: unknown) => void,
) {
  const days = Array.from({ length: 30 }, (_, i) => addDays(TODAY, -29 + i));
  for (const day of days) {
    const ofDay = (tables.commitments ?? []).filter((row) => row.day === day).slice(0, 3);
    for (const row of ofDay) apply('commitments', String(row.id), 'status', 'done');
    apply('reviews', day, 'wentWell', `Held the line on priorities on ${day}.`);
  }
  for (let i = 1; i <= 10; i += 1) apply('vision', 'me', 'statement', 'A team that leads itself. '.repeat(i));
}

const base64Bytes = (bytes: number) => Math.ceil(bytes / 3) * 4;

const sample = sampleLeader(TODAY) as unknown as Tables;
const replica = report('A typical leader (8 weeks of workdays)', sample);
const backup = tenYearBackup(TODAY);
report('Ten years of history', backup.tables as unknown as Tables);

// The stamps after the month of edits: each edit restamps its field.
let time = NOW;
editMonth(sample, (table, key, field, value) => {
  time += 60_000;
  const entry = replica.get(`${table}/${key}`);
  if (entry) entry.fields[field] = { v: value, s: nextStamp(latestStamp(replica), time, DEVICE) };
});
const stamped = planSend(replica, { device: DEVICE, today: TODAY, now: time, maxWeeks: 8, devices: 1 });

const doc = yjsOf(sample);
const before = Y.encodeStateAsUpdate(doc).length;
editMonth(sample, (table, key, field, value) => {
  doc.getMap<Y.Map<unknown>>(table).get(key)?.set(field, value);
});
const after = Y.encodeStateAsUpdate(doc).length;
console.log(
  `Yjs, the typical set: ${kb(before)} binary (${kb(base64Bytes(before))} as base64 text for storage.sync), ` +
    `${kb(after)} (${kb(base64Bytes(after))}) after a month of edits; ` +
    `the stamps: ${kb(planSend(replicaOf(sample), { device: DEVICE, today: TODAY, now: NOW, maxWeeks: 8, devices: 1 }).packed.bytes)} ` +
    `before, ${kb(stamped.packed.bytes)} after.`,
);
