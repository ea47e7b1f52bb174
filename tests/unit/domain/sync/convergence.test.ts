/**
 * Three simulated devices, each with its own replica and its own rows (standing for its database),
 * run random programs of edits, deletions and re-creations on skewed clocks, and exchange
 * snapshots through the wire format over a network that reorders, duplicates, delays and drops.
 * Once every device has heard every other, they hold the same rows, and those rows are what an
 * independent oracle (plain loops over a log of every change) says they must be. And the view's
 * rules hold once they converge: the ranking saved last is the one shown, whole; two devices'
 * commitments of one recurring rule and day end as one, under the smaller id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical } from '../../../../lib/domain/sync/canonical';
import {
  join,
  latestStamp,
  observe,
  refOf,
  type Entry,
  type LocalRow,
  type Replica,
} from '../../../../lib/domain/sync/replica';
import { nextStamp, type DeviceId, type Stamp } from '../../../../lib/domain/sync/stamp';
import type { SyncTable } from '../../../../lib/domain/sync/tables';
import { ownChanges, viewOf } from '../../../../lib/domain/sync/view';
import { pack, readAll } from '../../../../lib/domain/sync/wire';

const NOON = Date.parse('2026-12-02T12:00:00Z');
const IDS: readonly DeviceId[] = ['mmmmmmmm', 'aaaaaaaa', 'zzzzzzzz'];

type Row = Record<string, unknown>;

interface Device {
  id: DeviceId;
  replica: Replica;
  /** Its database: `table/key` → row. */
  local: Map<string, LocalRow & { row: Row }>;
  /** Its rows as they were when it last took its changes in or applied others' (the engine's `previous`). */
  previous: Map<string, Row>;
  clock: number;
}

const newDevice = (id: DeviceId, clock: number): Device => ({
  id,
  replica: new Map(),
  local: new Map(),
  previous: new Map(),
  clock,
});

/** What the device holds, as the engine reads it: its rows, and the replica's rows it no longer has. */
function localRows(device: Device): LocalRow[] {
  const rows: LocalRow[] = [...device.local.values()];
  for (const [ref, entry] of device.replica)
    if (!device.local.has(ref)) rows.push({ table: entry.table, key: entry.key, row: undefined });
  return rows;
}

/** Takes the device's rows into its replica at its clock; returns the stamp used. */
function commit(device: Device): Stamp {
  const stamp = nextStamp(latestStamp(device.replica), device.clock, device.id);
  observe(device.replica, ownChanges(device.replica, localRows(device)), stamp, () => stamp, device.previous);
  remember(device);
  return stamp;
}

/** The device's replica as it reaches another: packed into items and read back. */
function snapshot(device: Device): Entry[] {
  const packed = pack(device.id, device.replica.values(), { at: device.clock, from: null });
  expect(packed.leftOut).toEqual([]);
  return readAll(packed.items).entries.get(device.id) ?? [];
}

/** What the device has now becomes what its next change is told from. */
function remember(device: Device) {
  device.previous = new Map([...device.local].map(([ref, item]) => [ref, item.row]));
}

/** Merges entries and writes the view into the device's rows (as the engine does). */
function receive(device: Device, entries: Entry[]) {
  join(device.replica, entries);
  device.local = new Map(
    [...viewOf(device.replica)].map(([ref, item]) => [
      ref,
      { table: item.table, key: item.key, row: item.row },
    ]),
  );
  remember(device);
}

const setRow = (device: Device, table: SyncTable, key: string, row: Row | undefined) => {
  if (row === undefined) device.local.delete(refOf(table, key));
  else device.local.set(refOf(table, key), { table, key, row });
};

/** Every device's view, as comparable text: rows sorted by ref. */
const viewText = (device: Device) =>
  canonical(
    [...viewOf(device.replica)]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, item]) => ({ table: item.table, key: item.key, row: item.row })),
  );

/** Every device hears every other's latest replica, twice round. */
function settle(devices: readonly Device[]) {
  for (let round = 0; round < 2; round += 1)
    for (const from of devices) for (const to of devices) if (from !== to) receive(to, snapshot(from));
}

/** A message on its way: a snapshot of one device's replica for another. */
interface Message {
  to: number;
  entries: Entry[];
}

const network = {
  send: fc.record({ kind: fc.constant('send' as const), from: fc.nat(2), hop: fc.nat(1) }),
  deliver: fc.record({ kind: fc.constant('deliver' as const), index: fc.nat(20), keep: fc.boolean() }),
  drop: fc.record({ kind: fc.constant('drop' as const), index: fc.nat(20) }),
  /** Time passes for every device alike. */
  tick: fc.record({
    kind: fc.constant('tick' as const),
    ms: fc.integer({ min: 1, max: 6 }).map((s) => s * 500),
  }),
};
type NetworkOp =
  | { kind: 'send'; from: number; hop: number }
  | { kind: 'deliver'; index: number; keep: boolean }
  | { kind: 'drop'; index: number }
  | { kind: 'tick'; ms: number };

/** Runs a network step; `devices[from]` sends to the device `hop + 1` places after it. */
function runNetwork(op: NetworkOp, devices: readonly Device[], queue: Message[]) {
  if (op.kind === 'tick') {
    for (const device of devices) device.clock += op.ms;
    return;
  }
  if (op.kind === 'send') {
    const from = op.from % devices.length;
    queue.push({
      to: (from + 1 + (op.hop % (devices.length - 1))) % devices.length,
      entries: snapshot(devices[from]!),
    });
    return;
  }
  if (queue.length === 0) return;
  const i = op.index % queue.length;
  const message = queue[i]!;
  if (op.kind === 'drop' || !op.keep) queue.splice(i, 1);
  if (op.kind === 'deliver') receive(devices[message.to]!, message.entries);
}

/**
 * Clocks: whole seconds apart, so devices often stamp the same millisecond; all move on as time
 * passes (`tick`), and a device's may step back or jump ahead before a change of its own.
 */
const skew = fc.integer({ min: -3, max: 3 }).map((s) => s * 1000);
const step = fc.integer({ min: -2, max: 3 }).map((s) => s * 500);

describe('three devices editing the same rows converge, losing no write but to a later one of the same field', () => {
  const ROWS = [
    { table: 'goals', key: 'g1', fields: ['title', 'why', 'status'] },
    { table: 'goals', key: 'g2', fields: ['title', 'why', 'status'] },
    { table: 'goals', key: 'g3', fields: ['title', 'why', 'status'] },
    { table: 'vision', key: 'me', fields: ['statement', 'looksLike'] },
  ] as const satisfies readonly { table: SyncTable; key: string; fields: readonly string[] }[];

  const local = {
    edit: fc.record({
      kind: fc.constant('edit' as const),
      device: fc.nat(2),
      row: fc.nat(ROWS.length - 1),
      field: fc.nat(2),
      dt: step,
    }),
    delete: fc.record({
      kind: fc.constant('delete' as const),
      device: fc.nat(2),
      row: fc.nat(ROWS.length - 1),
      dt: step,
    }),
    recreate: fc.record({
      kind: fc.constant('recreate' as const),
      device: fc.nat(2),
      row: fc.nat(ROWS.length - 1),
      dt: step,
    }),
  };
  const program = fc.array(
    fc.oneof(
      { arbitrary: local.edit, weight: 5 },
      { arbitrary: local.delete, weight: 2 },
      { arbitrary: local.recreate, weight: 1 },
      { arbitrary: network.send, weight: 3 },
      { arbitrary: network.deliver, weight: 4 },
      { arbitrary: network.drop, weight: 1 },
      { arbitrary: network.tick, weight: 2 },
    ),
    { minLength: 10, maxLength: 40, size: 'max' },
  );

  it('holds for random programs over a lossy, reordering, duplicating network', () => {
    fc.assert(
      fc.property(fc.tuple(skew, skew, skew), program, (skews, ops) => {
        const devices = IDS.map((id, i) => newDevice(id, NOON + skews[i]!));
        const queue: Message[] = [];
        const edits: { ref: string; field: string; value: string; stamp: Stamp }[] = [];
        const deletions: { ref: string; stamp: Stamp }[] = [];

        ops.forEach((op, n) => {
          if (op.kind !== 'edit' && op.kind !== 'delete' && op.kind !== 'recreate') {
            runNetwork(op, devices, queue);
            return;
          }
          const device = devices[op.device]!;
          const { table, key, fields } = ROWS[op.row]!;
          const ref = refOf(table, key);
          const current = device.local.get(ref)?.row;
          device.clock += op.dt;
          const value = (field: string) => `${device.id}:${n}:${field}`;
          if (op.kind === 'delete') {
            if (!current) return;
            setRow(device, table, key, undefined);
            deletions.push({ ref, stamp: commit(device) });
            return;
          }
          if (op.kind === 'edit' && current) {
            const field = fields[op.field % fields.length]!;
            setRow(device, table, key, { ...current, [field]: value(field) });
            edits.push({ ref, field, value: value(field), stamp: commit(device) });
            return;
          }
          // Created (again), or put whole: every field written.
          const row: Row = { id: key };
          for (const field of fields) row[field] = value(field);
          setRow(device, table, key, row);
          const stamp = commit(device);
          for (const [field, v] of Object.entries(row)) edits.push({ ref, field, value: v as string, stamp });
        });
        settle(devices);

        // (a) every device holds the same rows, and has written them into its database.
        const views = devices.map(viewText);
        expect(views[1]).toBe(views[0]);
        expect(views[2]).toBe(views[0]);
        for (const device of devices) {
          const held = [...device.local.values()]
            .sort((a, b) => (refOf(a.table, a.key) < refOf(b.table, b.key) ? -1 : 1))
            .map(({ table, key, row }) => ({ table, key, row }));
          expect(canonical(held)).toBe(views[0]);
        }

        // (b) the oracle: per field the latest edit; a row is there iff edited after its latest deletion.
        const expected: { table: string; key: string; row: Row }[] = [];
        for (const { table, key } of ROWS) {
          const ref = refOf(table, key);
          const latest = new Map<string, { value: string; stamp: Stamp }>();
          let newestEdit = '';
          for (const edit of edits) {
            if (edit.ref !== ref) continue;
            const seen = latest.get(edit.field);
            if (!seen || edit.stamp > seen.stamp)
              latest.set(edit.field, { value: edit.value, stamp: edit.stamp });
            if (edit.stamp > newestEdit) newestEdit = edit.stamp;
          }
          let newestDeletion = '';
          for (const deletion of deletions)
            if (deletion.ref === ref && deletion.stamp > newestDeletion) newestDeletion = deletion.stamp;
          if (newestEdit === '' || newestEdit <= newestDeletion) continue;
          const row: Row = {};
          for (const [field, { value }] of latest) row[field] = value;
          expected.push({ table, key, row });
        }
        expected.sort((a, b) =>
          refOf(a.table as SyncTable, a.key) < refOf(b.table as SyncTable, b.key) ? -1 : 1,
        );
        expect(views[0]).toBe(canonical(expected));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the rules hold once devices converge', () => {
  const STRENGTHS = ['curiosity', 'fairness', 'honesty', 'humor', 'kindness', 'zest'];
  const save = fc.record({
    kind: fc.constant('save' as const),
    device: fc.nat(2),
    ranking: fc.shuffledSubarray(STRENGTHS, { minLength: 3, maxLength: 5 }),
    dt: step,
  });
  const rankingProgram = fc.array(
    fc.oneof(
      { arbitrary: save, weight: 3 },
      { arbitrary: network.send, weight: 3 },
      { arbitrary: network.deliver, weight: 4 },
      { arbitrary: network.drop, weight: 1 },
      { arbitrary: network.tick, weight: 2 },
    ),
    { minLength: 6, maxLength: 30, size: 'max' },
  );

  /** The ranking a device's rows (or a view) hold: strength ids by rank. */
  const rankingOf = (rows: Iterable<{ table: string; row: Row }>) =>
    [...rows]
      .filter((item) => item.table === 'strengths')
      .map((item) => ({ id: item.row.id as string, rank: item.row.rank as number }))
      .sort((a, b) => a.rank - b.rank);

  it('the strengths ranking is the one saved last, whole, ranked 1..n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.tuple(skew, skew, skew),
        rankingProgram,
        (count, skews, ops) => {
          const devices = IDS.slice(0, count).map((id, i) => newDevice(id, NOON + skews[i]!));
          const queue: Message[] = [];
          let latest: { ranking: string[]; stamp: Stamp } | undefined;
          for (const op of ops) {
            if (op.kind !== 'save') {
              runNetwork(op, devices, queue);
              continue;
            }
            const device = devices[op.device % count]!;
            device.clock += op.dt;
            const current = rankingOf(device.local.values()).map((item) => item.id);
            // Saving the ranking the device already shows changes nothing (as `saveRanking` does).
            if (canonical(current) === canonical(op.ranking)) continue;
            for (const id of current) setRow(device, 'strengths', id, undefined);
            op.ranking.forEach((id, i) => setRow(device, 'strengths', id, { id, rank: i + 1 }));
            const stamp = commit(device);
            if (!latest || stamp > latest.stamp) latest = { ranking: op.ranking, stamp };
          }
          settle(devices);

          const views = devices.map(viewText);
          for (const view of views) expect(view).toBe(views[0]);
          const shown = rankingOf(viewOf(devices[0]!.replica).values());
          expect(shown).toEqual((latest?.ranking ?? []).map((id, i) => ({ id, rank: i + 1 })));
        },
      ),
      {
        numRuns: 150,
        examples: [
          // The laptop saves a ranking and sends it; saves another a second later; the desktop,
          // whose own ranking is older, takes in the first only after that.
          [
            2,
            [0, 0, 0],
            [
              { kind: 'save', device: 0, ranking: ['curiosity', 'fairness', 'honesty'], dt: 0 },
              { kind: 'save', device: 1, ranking: ['humor', 'kindness', 'zest'], dt: 500 },
              { kind: 'send', from: 1, hop: 0 },
              { kind: 'save', device: 1, ranking: ['zest', 'humor', 'kindness'], dt: 500 },
              { kind: 'tick', ms: 2000 },
              { kind: 'deliver', index: 0, keep: false },
            ],
          ],
          // The laptop ranks five, then keeps its top three: the three places it kept are the new
          // ranking too, so they beat the desktop's ranking saved in between.
          [
            2,
            [0, 0, 0],
            [
              {
                kind: 'save',
                device: 0,
                ranking: ['zest', 'curiosity', 'fairness', 'kindness', 'humor'],
                dt: 0,
              },
              { kind: 'tick', ms: 500 },
              { kind: 'save', device: 1, ranking: ['fairness', 'honesty', 'kindness'], dt: 0 },
              { kind: 'save', device: 0, ranking: ['zest', 'curiosity', 'fairness'], dt: 0 },
              { kind: 'send', from: 0, hop: 0 },
              { kind: 'deliver', index: 0, keep: false },
            ],
          ],
        ],
      },
    );
  });

  const DAY = '2026-12-02';
  const commitment = (id: string, time: number): Row => ({
    id,
    day: DAY,
    title: `Walk the floor (${id})`,
    status: 'open',
    recurrenceId: 'rec-walk',
    order: 1,
    createdAt: time,
    updatedAt: time,
  });
  const twinsProgram = fc.record({
    ticker: fc.nat(1),
    before: fc.array(fc.oneof(network.send, network.deliver, network.drop), { maxLength: 12, size: 'max' }),
    after: fc.array(fc.oneof(network.send, network.deliver, network.drop), { maxLength: 12, size: 'max' }),
  });

  it('two devices’ commitments of one recurring rule and day become the smaller id, ticked done, the review pointed at it', () => {
    fc.assert(
      fc.property(twinsProgram, ({ ticker, before, after }) => {
        // One clock for both, so the tick is later than both creations whatever the deliveries.
        const [a, b] = [newDevice('aaaaaaaa', NOON), newDevice('bbbbbbbb', NOON + 1000)];
        const devices = [a, b];
        const queue: Message[] = [];
        setRow(a, 'commitments', 'c-a', commitment('c-a', NOON));
        commit(a);
        setRow(b, 'commitments', 'c-b', commitment('c-b', NOON + 1000));
        setRow(b, 'reviews', DAY, {
          day: DAY,
          outcomes: [{ commitmentId: 'c-b', status: 'done' }],
          wentWell: 'Kept the walk',
        });
        commit(b);
        for (const op of before) runNetwork(op, devices, queue);
        // The tick: whichever commitment of that rule and day the device shows, ticked done.
        const device = devices[ticker]!;
        for (const d of devices) d.clock = NOON + 60_000;
        for (const item of [...device.local.values()])
          if (item.table === 'commitments' && item.row.recurrenceId === 'rec-walk')
            setRow(device, 'commitments', item.key, {
              ...item.row,
              status: 'done',
              updatedAt: NOON + 60_000,
            });
        commit(device);
        for (const d of devices) d.clock = NOON + 120_000;
        for (const op of after) runNetwork(op, devices, queue);
        settle(devices);

        expect(viewText(b)).toBe(viewText(a));
        const view = viewOf(a.replica);
        const commitments = [...view.values()].filter((item) => item.table === 'commitments');
        expect(commitments.map((item) => item.key)).toEqual(['c-a']);
        expect(commitments[0]!.row.status).toBe('done');
        expect(commitments[0]!.row.id).toBe('c-a');
        expect(view.get(`reviews/${DAY}`)?.row.outcomes).toEqual([{ commitmentId: 'c-a', status: 'done' }]);
      }),
      {
        numRuns: 100,
        // The tick on the second device, before it hears of the first's commitment; its older
        // copy reaches the first device after that.
        examples: [
          [
            {
              ticker: 1,
              before: [{ kind: 'send', from: 1, hop: 0 }],
              after: [{ kind: 'deliver', index: 0, keep: false }],
            },
          ],
        ],
      },
    );
  });
});
