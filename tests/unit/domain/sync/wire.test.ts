/**
 * Stamps and the wire format, by written-out examples: what a stamp looks like and how stamps
 * order, how a device's clock moves, and how a replica goes into `storage.sync` items and comes back.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../../lib/domain/sync/replica';
import { later, makeStamp, nextStamp } from '../../../../lib/domain/sync/stamp';
import { itemBytes, pack, readAll } from '../../../../lib/domain/sync/wire';

const NOON = Date.parse('2026-12-02T12:00:00Z');
const DEVICE = 'abcd1234';

describe('stamps', () => {
  it('are the time in base 36 over ten places, the count over four, then the device', () => {
    // 1796212800000 ms = 00mx62q2o0 in base 36, and 37 = 11 (worked out apart from the code).
    expect(NOON).toBe(1_796_212_800_000);
    expect(makeStamp(NOON, 0, DEVICE)).toBe('00mx62q2o00000abcd1234');
    expect(makeStamp(NOON, 37, DEVICE)).toBe('00mx62q2o00011abcd1234');
    expect(makeStamp(35, 0, DEVICE)).toBe('000000000z0000abcd1234');
    expect(makeStamp(36, 0, DEVICE)).toBe('00000000100000abcd1234');
  });

  it('order by time, then count, then device, as strings', () => {
    const cases: [earlier: string, later: string][] = [
      [makeStamp(NOON, 9, 'zzzzzzzz'), makeStamp(NOON + 1, 0, 'aaaaaaaa')],
      [makeStamp(35, 0, DEVICE), makeStamp(36, 0, DEVICE)],
      [makeStamp(NOON, 1, 'zzzzzzzz'), makeStamp(NOON, 2, 'aaaaaaaa')],
      [makeStamp(NOON, 35, DEVICE), makeStamp(NOON, 36, DEVICE)],
      [makeStamp(NOON, 3, 'abcd1234'), makeStamp(NOON, 3, 'abcd1235')],
    ];
    for (const [first, second] of cases) {
      expect(first < second).toBe(true);
      expect(later(first, second)).toBe(second);
      expect(later(second, first)).toBe(second);
    }
    expect(later(undefined, '00mx62q2o00000abcd1234')).toBe('00mx62q2o00000abcd1234');
    expect(later(undefined, undefined)).toBeUndefined();
  });

  it('move on from the last one seen, even when the wall clock goes back', () => {
    const seen = makeStamp(NOON, 3, 'zzzzzzzz');
    expect(nextStamp(seen, NOON - 5000, DEVICE)).toBe('00mx62q2o00004abcd1234');
    expect(nextStamp(seen, NOON, DEVICE)).toBe('00mx62q2o00004abcd1234');
    expect(nextStamp(seen, NOON - 5000, DEVICE) > seen).toBe(true);
    expect(nextStamp(seen, NOON + 1, DEVICE)).toBe('00mx62q2o10000abcd1234');
    expect(nextStamp(undefined, NOON, DEVICE)).toBe('00mx62q2o00000abcd1234');
  });
});

const S1 = makeStamp(NOON, 0, DEVICE);
const S2 = makeStamp(NOON + 1000, 0, DEVICE); // 00mx62q3fs0000abcd1234
const S3 = makeStamp(NOON + 2000, 0, 'laptop01');

/** The fields of every entry read back for one row, however many parts it travelled in. */
function readBack(items: Record<string, unknown>, device: string, key: string) {
  const parts = (readAll(items).entries.get(device) ?? []).filter((entry) => entry.key === key);
  const fields: Entry['fields'] = {};
  const deleted = parts.map((part) => part.deleted).filter((stamp) => stamp !== undefined);
  for (const part of parts) Object.assign(fields, part.fields);
  return { parts: parts.length, fields, deleted };
}

/** The items of a pack but its manifest. */
const rowItems = (items: Record<string, unknown>) =>
  Object.entries(items).filter(([key]) => !key.endsWith('.m'));

describe('pack and readAll', () => {
  it('write a row as the usual stamp, the stamps that differ, the unset fields, with a manifest', () => {
    const entry: Entry = {
      table: 'goals',
      key: 'g1',
      fields: {
        id: { v: 'g1', s: S1 },
        status: { v: 'active', s: S1 },
        title: { v: 'Delegate', s: S2 },
        why: { v: undefined, s: S2 },
        order: { v: 1, s: S1 },
      },
    };
    const { items, leftOut } = pack(DEVICE, [entry], { at: NOON, from: '2026-10-08' });
    expect(leftOut).toEqual([]);
    expect(items).toEqual({
      'fl1.abcd1234.0': {
        e: [
          {
            t: 'g',
            k: 'g1',
            s: '00mx62q2o00000abcd1234',
            f: { id: 'g1', order: 1, status: 'active', title: 'Delegate' },
            o: { title: '00mx62q3fs0000abcd1234', why: '00mx62q3fs0000abcd1234' },
            u: ['why'],
          },
        ],
      },
      'fl1.abcd1234.m': { v: 1, n: 1, at: NOON, from: '2026-10-08' },
    });
  });

  it('round-trip an unset field, stamps that differ, a row deleted and one brought back after its deletion', () => {
    const entries: Entry[] = [
      {
        table: 'goals',
        key: 'g1',
        fields: {
          id: { v: 'g1', s: S1 },
          title: { v: 'Delegate', s: S2 },
          why: { v: undefined, s: S3 },
        },
      },
      {
        table: 'goals',
        key: 'g2',
        fields: { id: { v: 'g2', s: S1 }, title: { v: 'Listen', s: S3 } },
        deleted: S2,
      },
      { table: 'vision', key: 'me', fields: { statement: { v: 'Gone', s: S1 } }, deleted: S2 },
    ];
    const read = readAll(pack(DEVICE, entries, { at: NOON, from: null }).items);
    expect(read.notes).toEqual([]);
    expect(read.manifests.get(DEVICE)).toEqual({ v: 1, n: 1, at: NOON, from: null });
    expect(read.entries.get(DEVICE)).toEqual([
      // A deleted row travels as its tombstone alone (the vision's table is written before goals).
      { table: 'vision', key: 'me', fields: {}, deleted: S2 },
      entries[0],
      entries[1],
    ]);
  });

  it('split a row of two 7,000-character fields over items, each within 8 KB, and read it back whole', () => {
    const fields: Entry['fields'] = {
      id: { v: 'g1', s: S1 },
      title: { v: 'Delegate', s: S1 },
      why: { v: 'w'.repeat(7000), s: S2 },
      successMeasure: { v: 'm'.repeat(7000), s: S3 },
    };
    const { items, leftOut } = pack(DEVICE, [{ table: 'goals', key: 'g1', fields, deleted: S1 }], {
      at: NOON,
      from: null,
    });
    expect(leftOut).toEqual([]);
    expect(rowItems(items).length).toBeGreaterThan(1);
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(8192);
    const back = readBack(items, DEVICE, 'g1');
    expect(back.parts).toBeGreaterThan(1);
    expect(back.fields).toEqual(fields);
    expect(back.deleted).toEqual([S1]);
  });

  it('leave out a field too large for any item, naming it, and still send the others', () => {
    // Each control character is written \u0001 in JSON: six bytes, 12,000 in all.
    const fields: Entry['fields'] = {
      id: { v: 'g1', s: S1 },
      title: { v: 'Delegate', s: S1 },
      why: { v: '\u0001'.repeat(2000), s: S2 },
    };
    const { items, leftOut } = pack(DEVICE, [{ table: 'goals', key: 'g1', fields }], {
      at: NOON,
      from: null,
    });
    expect(leftOut).toEqual(['goals/g1/why']);
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(8192);
    expect(readBack(items, DEVICE, 'g1').fields).toEqual({
      id: { v: 'g1', s: S1 },
      title: { v: 'Delegate', s: S1 },
    });
  });

  it('read what they can and note the rest: another extension’s key, a corrupt row, newer and older formats', () => {
    const good = { t: 'g', k: 'g1', s: S1, f: { id: 'g1', title: 'Delegate' } };
    const read = readAll({
      theme: 'dark',
      'fl1.abcd1234.0': { e: [good, { t: 'g', k: 'g2', s: 'not a stamp', f: { title: 'Hijacked' } }] },
      'fl1.abcd1234.m': { v: 1, n: 1, at: NOON, from: null },
      'fl2.laptop01.m': { v: 2, n: 1, at: NOON, from: null },
      'fl2.laptop01.0': { e: [good] },
      'fl0.desktop1.0': { e: [good] },
      'fl1.phone001.m': { v: 2, n: 0, at: NOON, from: null },
    });
    expect(read.notes).toEqual([
      { kind: 'foreign', key: 'theme' },
      { kind: 'corrupt', key: 'fl1.abcd1234.0' },
      { kind: 'newer', device: 'laptop01' },
      { kind: 'older', device: 'desktop1' },
      { kind: 'newer', device: 'phone001' },
    ]);
    expect([...read.entries.keys()]).toEqual([DEVICE]);
    expect(read.entries.get(DEVICE)).toEqual([
      { table: 'goals', key: 'g1', fields: { id: { v: 'g1', s: S1 }, title: { v: 'Delegate', s: S1 } } },
    ]);
    expect([...read.manifests.keys()]).toEqual([DEVICE]);
  });
});
