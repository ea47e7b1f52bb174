/**
 * Sync within `storage.sync`'s limits (tests/support/sync-quota.ts holds the fake browser to
 * Chrome's): a leader with more history than fits sends less of it and says so; a row larger than
 * an item travels in parts; a refused write changes nothing on this computer; a burst of writes
 * waits for the rate limits instead of being lost.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../../../lib/store/db/db';
import { syncPass } from '../../../../lib/store/sync/engine';
import { getSyncChoice, getSyncStatus } from '../../../../lib/store/storage-items';
import { turnSyncOn } from '../../../../lib/store/sync/switch';
import { itemBytes, readAll, SYNC_LIMITS } from '../../../../lib/domain/sync/wire';
import { rowOf } from '../../../../lib/domain/sync/replica';
import { addDays } from '../../../../lib/domain/days';
import { dumpDatabase } from '../../../support/dump';
import { goalRow, reviewRow } from '../../../support/rows';
import { enforceSyncQuota } from '../../../support/sync-quota';
import type { Commitment } from '../../../../lib/domain/types';

const NOON = Date.parse('2026-12-02T12:00:00Z');
const TODAY = '2026-12-02';
let clock = NOON;
const pass = (now: number) => {
  clock = now;
  return syncPass(now, 'UTC');
};

const commitment = (day: string, n: number): Commitment => ({
  id: `${day}-${n}`,
  day,
  title: `${'Prepare the quarterly talent review with the leadership team, '.repeat(3).slice(0, 190)} ${n}`,
  status: 'done',
  order: n,
  createdAt: NOON - 86_400_000,
  updatedAt: NOON - 86_400_000,
});

/** About 100 KB of history: eight weeks of six long commitments and a full review a day. */
async function seedBusyHistory() {
  const days = Array.from({ length: 56 }, (_, i) => addDays(TODAY, -i));
  await db.commitments.bulkPut(days.flatMap((day) => [1, 2, 3, 4, 5, 6].map((n) => commitment(day, n))));
  await db.reviews.bulkPut(
    days.map((day) =>
      reviewRow(day, { wentWell: 'Held a hard conversation with care. '.repeat(8), updatedAt: 1 }),
    ),
  );
}

/** Every table of the leader's data (the replica, Flourish's own bookkeeping, left aside). */
async function userData() {
  const { meta: _bookkeeping, ...tables } = await dumpDatabase(db);
  return tables;
}

afterEach(() => {
  vi.restoreAllMocks();
});

beforeEach(async () => {
  clock = NOON;
  await turnSyncOn(() => 0.5);
});

describe('the byte limits', () => {
  it('with about 100 KB of history, sends fewer weeks, within its share, and says so', async () => {
    enforceSyncQuota({ now: () => clock });
    await seedBusyHistory();
    const before = await userData();
    await pass(NOON);
    const all = await fakeBrowser.storage.sync.get(null);
    const total = Object.entries(all).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    expect(total).toBeLessThanOrEqual(SYNC_LIMITS.totalBytes);
    const { sent } = await getSyncStatus();
    expect(sent!.weeks).toBeLessThan(8);
    expect(sent!.weeks).toBeGreaterThan(0);
    expect(sent!.bytes).toBeLessThanOrEqual(sent!.share);
    // Newest first: today's commitments went; the oldest did not.
    const { deviceId } = await getSyncChoice();
    const keys = readAll(all)
      .entries.get(deviceId!)!
      .map((entry) => entry.key);
    expect(keys).toContain(`${TODAY}-1`);
    expect(keys).not.toContain(`${addDays(TODAY, -55)}-1`);
    expect(await userData()).toEqual(before);
  });

  it('sends a vision of 12,000 characters, larger than an item, in parts that read back whole', async () => {
    enforceSyncQuota({ now: () => clock });
    const long = 'Ü'.repeat(1_990);
    await db.vision.put({
      id: 'me',
      statement: long,
      looksLike: long,
      feelsLike: long,
      horizons: { now: long, oneYear: long, threeYears: long },
      updatedAt: NOON - 1,
    });
    await pass(NOON);
    const all = await fakeBrowser.storage.sync.get(null);
    for (const [key, value] of Object.entries(all)) expect(itemBytes(key, value)).toBeLessThanOrEqual(8_192);
    const { deviceId } = await getSyncChoice();
    const parts = readAll(all)
      .entries.get(deviceId!)!
      .filter((entry) => entry.table === 'vision');
    expect(parts.length).toBeGreaterThan(1);
    const whole = Object.assign({}, ...parts.map(rowOf));
    expect(whole['horizons.threeYears']).toBe(long);
    expect(whole.statement).toBe(long);
  });

  it('when the browser refuses a write for the quota, sends less history, and this computer keeps all', async () => {
    await seedBusyHistory();
    // Less room than the items show: another computer's write is landing at the same moment.
    const quota = enforceSyncQuota({ now: () => clock, totalBytes: 40_000 });
    const before = await userData();
    await pass(NOON);
    const status = await getSyncStatus();
    expect(status.refused).toMatchObject({ reason: 'quota' });
    expect(status.maxWeeks).toBeLessThan(8);
    expect(status.sent!.bytes).toBeLessThanOrEqual(40_000);
    expect(await userData()).toEqual(before);

    // A day later, with room again, the whole history is tried again, and goes.
    quota.limits.totalBytes = 102_400;
    await pass(NOON + 86_400_000 + 1000);
    const later = await getSyncStatus();
    expect(later.refused).toBeNull();
    expect(later.sent!.weeks).toBeGreaterThan(status.sent!.weeks);
  });

  it('joining a quota another computer nearly fills, sends its manifest, then its data once there is room', async () => {
    enforceSyncQuota({ now: () => clock });
    await db.goals.put(goalRow('g1', 'Delegate', { why: 'So that the team grows without me. '.repeat(30) }));
    const big = (n: number) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [`fl1.laptop01.${i}`, { e: [], pad: 'x'.repeat(8_100) }]),
      );
    await fakeBrowser.storage.sync.set({
      ...big(12),
      'fl1.laptop01.m': { v: 1, at: NOON, n: 12, from: null },
    });
    const before = await userData();
    await pass(NOON);
    const { deviceId } = await getSyncChoice();
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toContain(`fl1.${deviceId}.m`);
    expect(readAll(await fakeBrowser.storage.sync.get(null)).entries.get(deviceId!)).toBeUndefined();
    expect(await userData()).toEqual(before);

    // The laptop, seeing a second computer, halves what it sends.
    await fakeBrowser.storage.sync.remove(Array.from({ length: 6 }, (_, i) => `fl1.laptop01.${i + 6}`));
    await pass(NOON + 60_000);
    const goal = readAll(await fakeBrowser.storage.sync.get(null))
      .entries.get(deviceId!)
      ?.find((entry) => entry.key === 'g1');
    expect(goal && rowOf(goal).title).toBe('Delegate');
  });
});

describe('the rate limits', () => {
  it('a pass that would pass the writes allowed a minute waits, and sends when the minute has gone', async () => {
    const quota = enforceSyncQuota({ now: () => clock });
    await pass(NOON);
    // Sixty changes, each followed by a pass, within one minute: Flourish's own limit is half of
    // Chrome's 120, so the browser never refuses.
    for (let i = 1; i <= 70; i += 1) {
      await db.goals.put({
        id: 'g1',
        title: `Delegate ${i}`,
        why: '',
        successMeasure: '',
        status: 'active',
        order: 1,
        createdAt: NOON,
        updatedAt: NOON + i * 500,
      });
      await pass(NOON + i * 500);
    }
    const status = await getSyncStatus();
    expect(status.refused).toBeNull();
    expect(quota.set.mock.calls.length).toBeLessThanOrEqual(60);
    expect(status.waitingUntil).toBeGreaterThan(NOON + 35_000);
    const result = await pass(status.waitingUntil!);
    expect(result.retryAt).toBeNull();
    const { deviceId } = await getSyncChoice();
    const goal = readAll(await fakeBrowser.storage.sync.get(null))
      .entries.get(deviceId!)!
      .find((entry) => entry.key === 'g1');
    expect(rowOf(goal!).title).toBe('Delegate 70');
  });

  it('a write refused for the rate waits a minute and changes nothing here', async () => {
    enforceSyncQuota({ now: () => clock, writesPerMinute: 0 });
    await db.goals.put({
      id: 'g1',
      title: 'Delegate',
      why: '',
      successMeasure: '',
      status: 'active',
      order: 1,
      createdAt: NOON,
      updatedAt: NOON,
    });
    const before = await userData();
    const result = await pass(NOON);
    expect(result.retryAt).toBe(NOON + 60_000);
    expect((await getSyncStatus()).refused).toMatchObject({ reason: 'rate' });
    expect(await userData()).toEqual(before);
  });
});
