/**
 * What a device sends within its share of the sync quota (`planSend`), and when its next write may
 * go under the rate limits (`nextWriteAt`), by written-out examples.
 */
import { describe, expect, it } from 'vitest';
import { planSend } from '../../../../lib/domain/sync/plan';
import { nextWriteAt } from '../../../../lib/domain/sync/rate';
import { observe, type LocalRow, type Replica } from '../../../../lib/domain/sync/replica';
import { makeStamp } from '../../../../lib/domain/sync/stamp';
import { readAll } from '../../../../lib/domain/sync/wire';

const NOON = Date.parse('2026-12-02T12:00:00Z');
const TODAY = '2026-12-02';
const DEVICE = 'abcd1234';

/** The day `n` days before today, by the calendar (not the code under test). */
const daysAgo = (n: number) => new Date(Date.UTC(2026, 11, 2) - n * 86_400_000).toISOString().slice(0, 10);

const FOUNDATION: LocalRow[] = [
  { table: 'vision', key: 'me', row: { id: 'me', statement: 'A team that leads itself' } },
  { table: 'goals', key: 'g1', row: { id: 'g1', title: 'Delegate', status: 'active' } },
  { table: 'goals', key: 'g2', row: { id: 'g2', title: 'Listen', status: 'active' } },
  { table: 'settings', key: 'settings', row: { reviewTime: '17:30' } },
];

const commitmentRow = (id: string, day: string, title = 'Ask before advising'): LocalRow => ({
  table: 'commitments',
  key: id,
  row: { id, day, title, status: 'open', order: 1 },
});

/** A replica holding `rows` (observed at 11:00), then without `deleted` (observed at noon). */
function replicaOf(rows: LocalRow[], deleted: LocalRow[] = []): Replica {
  const replica: Replica = new Map();
  const first = makeStamp(NOON - 3_600_000, 0, DEVICE);
  observe(replica, [...rows, ...deleted], first, () => first);
  const second = makeStamp(NOON, 0, DEVICE);
  observe(replica, [...rows, ...deleted.map((row) => ({ ...row, row: undefined }))], second, () => second);
  return replica;
}

const options = { device: DEVICE, today: TODAY, now: NOON, maxWeeks: 8, devices: 1 };

/** What the plan's items carry, read back: `table/key` of live rows, and of tombstones. */
function carried(items: Record<string, unknown>) {
  const entries = readAll(items).entries.get(DEVICE) ?? [];
  const refs = (list: typeof entries) => [...new Set(list.map((e) => `${e.table}/${e.key}`))].sort();
  return {
    live: refs(entries.filter((e) => e.deleted === undefined)),
    deleted: refs(entries.filter((e) => e.deleted !== undefined)),
  };
}

describe('planSend', () => {
  // A commitment and a review every day of ten weeks, ending today; weekly reviews either side of
  // the eight-week window's first week (2026-10-08 is in ISO week 41).
  const history: LocalRow[] = [];
  for (let n = 0; n < 70; n += 1) {
    history.push(commitmentRow(`c${n}`, daysAgo(n)));
    history.push({ table: 'reviews', key: daysAgo(n), row: { day: daysAgo(n), wentWell: 'Held the line' } });
  }
  history.push({ table: 'weeklyReviews', key: '2026-W41', row: { week: '2026-W41' } });
  history.push({ table: 'weeklyReviews', key: '2026-W40', row: { week: '2026-W40' } });

  it('with room to spare, sends eight weeks of history from 2026-10-08, and everything else', () => {
    expect(daysAgo(55)).toBe('2026-10-08');
    const plan = planSend(replicaOf([...FOUNDATION, ...history]), options);
    expect(plan.weeks).toBe(8);
    expect(plan.from).toBe('2026-10-08');
    expect(plan.share).toBe(98_304);
    expect(plan.overflows).toBe(false);
    expect(plan.rows).toEqual({
      vision: 1,
      goals: 2,
      settings: 1,
      commitments: 56,
      reviews: 56,
      weeklyReviews: 1,
    });
    const { live } = carried(plan.packed.items);
    expect(live).toContain('commitments/c55');
    expect(live).not.toContain('commitments/c56');
    expect(live).toContain('reviews/2026-10-08');
    expect(live).not.toContain('reviews/2026-10-07');
    expect(live).toContain('weeklyReviews/2026-W41');
    expect(live).not.toContain('weeklyReviews/2026-W40');
    expect(plan.packed.bytes).toBeLessThanOrEqual(98_304);
  });

  it('shares the quota less 4 KB between the devices that write: 32,768 bytes each of three', () => {
    const plan = planSend(replicaOf([...FOUNDATION, ...history]), { ...options, devices: 3 });
    expect(plan.share).toBe(32_768);
    expect(plan.weeks).toBe(8);
    expect(plan.packed.bytes).toBeLessThanOrEqual(32_768);
  });

  describe('a history too large for the share', () => {
    // Twenty commitments a day for eight weeks, each about 326 bytes on the wire: a week is about
    // 45.6 KB, so two weeks fit one device's 98,304 bytes and three do not; not one fits 32,768.
    const title = 'Walk the floor and ask each person what is in their way today. '.repeat(3).slice(0, 180);
    const large: LocalRow[] = [];
    for (let n = 0; n < 56; n += 1)
      for (let i = 0; i < 20; i += 1) large.push(commitmentRow(`c${n}-${i}`, daysAgo(n), title));
    const deleted = [commitmentRow('c-old', daysAgo(65)), commitmentRow('c-recent', daysAgo(1))];
    const replica = replicaOf([...FOUNDATION, ...large], [...deleted, FOUNDATION[2]!]);

    it('sends fewer whole weeks, within the share', () => {
      expect(title).toHaveLength(180);
      const plan = planSend(replica, options);
      expect(plan.weeks).toBe(2);
      expect(plan.from).toBe('2026-11-19');
      expect(plan.rows).toEqual({ vision: 1, goals: 1, settings: 1, commitments: 280 });
      expect(plan.packed.bytes).toBeLessThanOrEqual(plan.share);
      expect(plan.overflows).toBe(false);
      for (const [key, value] of Object.entries(plan.packed.items))
        expect(new TextEncoder().encode(key + JSON.stringify(value)).length).toBeLessThanOrEqual(8192);
    });

    it('sends no history when not one week fits, and the tombstones all the same', () => {
      const plan = planSend(replica, { ...options, devices: 3 });
      expect(plan.weeks).toBe(0);
      expect(plan.from).toBeNull();
      expect(plan.rows).toEqual({ vision: 1, goals: 1, settings: 1 });
      expect(plan.packed.bytes).toBeLessThanOrEqual(32_768);
      expect(carried(plan.packed.items)).toEqual({
        live: ['goals/g1', 'settings/settings', 'vision/me'],
        deleted: ['commitments/c-old', 'commitments/c-recent', 'goals/g2'],
      });
    });
  });

  it('with maxWeeks 0, sends goals and no commitments, and tombstones of old and new alike', () => {
    const deleted = [commitmentRow('c-old', daysAgo(65)), commitmentRow('c-recent', daysAgo(1))];
    const plan = planSend(replicaOf([...FOUNDATION, ...history], deleted), { ...options, maxWeeks: 0 });
    expect(plan.weeks).toBe(0);
    expect(plan.from).toBeNull();
    expect(plan.rows).toEqual({ vision: 1, goals: 2, settings: 1 });
    expect(carried(plan.packed.items)).toEqual({
      live: ['goals/g1', 'goals/g2', 'settings/settings', 'vision/me'],
      deleted: ['commitments/c-old', 'commitments/c-recent'],
    });
  });

  it('sends a tombstone of history older than the window, with the window in full', () => {
    const deleted = [commitmentRow('c-old', daysAgo(65))];
    const plan = planSend(replicaOf([...FOUNDATION, ...history], deleted), options);
    expect(plan.weeks).toBe(8);
    expect(plan.rows.commitments).toBe(56);
    expect(carried(plan.packed.items).deleted).toEqual(['commitments/c-old']);
  });
});

describe('nextWriteAt', () => {
  const NOW = 10_000_000;
  /** `count` writes `every` ms apart, the first at `first`. */
  const writes = (count: number, first: number, every: number) =>
    Array.from({ length: count }, (_, i) => first + i * every);

  it('lets a write go now with 59 writes in the last minute', () => {
    expect(nextWriteAt(writes(59, 9_950_000, 500), NOW)).toBe(10_000_000);
  });

  it('with 60 in the last minute, waits until the oldest of them is a minute old', () => {
    // The oldest at 9,950,000: a minute later is 10,010,000.
    expect(nextWriteAt(writes(60, 9_950_000, 500), NOW)).toBe(10_010_000);
    // Shuffled, and with a write of more than a minute ago that does not count.
    const shuffled = [9_900_000, ...writes(60, 9_950_000, 500).reverse()];
    expect(nextWriteAt(shuffled, NOW)).toBe(10_010_000);
  });

  it('does not count a write exactly a minute old', () => {
    expect(nextWriteAt([9_940_000, ...writes(59, 9_950_000, 500)], NOW)).toBe(10_000_000);
  });

  it('with 900 in the last hour, waits until the oldest of them is an hour old', () => {
    // Every 3.8 s from 6,500,000 to 9,916,200: none in the last minute, 900 in the hour.
    expect(nextWriteAt(writes(899, 6_500_000, 3_800), NOW)).toBe(10_000_000);
    expect(nextWriteAt(writes(900, 6_500_000, 3_800), NOW)).toBe(10_100_000);
  });
});

describe('planSend, the coaching loop’s history', () => {
  const session = (id: string, day: string): LocalRow => ({
    table: 'sessions',
    key: id,
    row: { id, day, agreements: [], notes: '' },
  });
  const question = (id: string, createdAt: number, broughtTo?: string): LocalRow => ({
    table: 'questions',
    key: id,
    row: { id, text: 'How do I say no?', createdAt, ...(broughtTo && { broughtTo }) },
  });
  const daysOff = (id: string, from: string, to: string): LocalRow => ({
    table: 'daysOff',
    key: id,
    row: { id, from, to, label: '' },
  });
  const YEAR_AGO = Date.parse('2025-12-02T09:00:00Z');
  const rows = [
    ...FOUNDATION,
    session('s-old', '2025-11-20'),
    session('s-recent', '2026-11-20'),
    question('q-brought-old', YEAR_AGO, 's-old'),
    question('q-waiting-old', YEAR_AGO),
    question('q-brought-recent', Date.parse('2026-11-19T09:00:00Z'), 's-recent'),
    daysOff('o-past', '2025-08-01', '2025-08-15'),
    daysOff('o-coming', '2026-12-24', '2026-12-31'),
  ];

  it('sends recent sessions, questions still to bring, and days off not yet past', () => {
    const plan = planSend(replicaOf(rows), options);
    expect(carried(plan.packed.items).live).toEqual([
      'daysOff/o-coming',
      'goals/g1',
      'goals/g2',
      'questions/q-brought-recent',
      'questions/q-waiting-old',
      'sessions/s-recent',
      'settings/settings',
      'vision/me',
    ]);
  });

  it('with no room for history, still sends the latest session, questions still to bring, days off to come', () => {
    const plan = planSend(replicaOf(rows), { ...options, maxWeeks: 0 });
    expect(carried(plan.packed.items).live).toEqual([
      'daysOff/o-coming',
      'goals/g1',
      'goals/g2',
      'questions/q-waiting-old',
      'sessions/s-recent',
      'settings/settings',
      'vision/me',
    ]);
  });
});
