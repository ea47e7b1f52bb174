/**
 * One device's sync passes against what other computers left in `storage.sync` (WXT's fake
 * browser): what it sends, what it takes in, and what it refuses to take.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../../../lib/store/db/db';
import { saveVision, getVision } from '../../../../lib/store/db/vision';
import { saveRanking } from '../../../../lib/store/db/strengths';
import { syncPass } from '../../../../lib/store/sync/engine';
import { getSyncChoice, getSyncStatus } from '../../../../lib/store/storage-items';
import { turnSyncOff, turnSyncOn } from '../../../../lib/store/sync/switch';
import { getSettings, updateSettings } from '../../../../lib/store/storage-items';
import { readAll } from '../../../../lib/domain/sync/wire';
import { rowOf } from '../../../../lib/domain/sync/replica';
import { goalRow, reviewRow } from '../../../support/rows';
import { OtherDevice } from '../../../support/sync-devices';
import type { Commitment, Vision } from '../../../../lib/domain/types';

const NOON = Date.parse('2026-12-02T12:00:00Z');
const HOUR = 3_600_000;
const pass = (now = NOON) => syncPass(now, 'UTC');
const syncedItems = async () => (await fakeBrowser.storage.sync.get(null)) as Record<string, unknown>;
/** What the fields of a row this device sent say, by `table/key`. */
async function sent(ref: string) {
  const { deviceId } = await getSyncChoice();
  const entry = readAll(await syncedItems())
    .entries.get(deviceId!)
    ?.find((e) => `${e.table}/${e.key}` === ref);
  return entry && rowOf(entry);
}

const VISION: Vision = {
  id: 'me',
  statement: 'A team that leads itself',
  looksLike: '',
  feelsLike: '',
  horizons: { now: '', oneYear: '', threeYears: '' },
  updatedAt: NOON - 2 * HOUR,
};

const commitment = (id: string, extra: Partial<Commitment> = {}): Commitment => ({
  id,
  day: '2026-12-02',
  title: 'Ask before advising',
  status: 'open',
  order: 1,
  createdAt: NOON - HOUR,
  updatedAt: NOON - HOUR,
  ...extra,
});

beforeEach(async () => {
  // The clock the pages' writes read (`updatedAt`), pinned; each pass is given its own `now`.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOON);
  await db.vision.put(VISION);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('sync turned off', () => {
  it('is the default, and a pass sends nothing', async () => {
    expect((await getSyncChoice()).enabled).toBe(false);
    await pass();
    expect(await syncedItems()).toEqual({});
  });
});

describe('a pass with sync on', () => {
  beforeEach(() => turnSyncOn(() => 0.5));

  it('sends the vision, today’s commitments and the settings, under keys of this device only', async () => {
    await db.commitments.put(commitment('c1'));
    await pass();
    const keys = Object.keys(await syncedItems());
    expect(keys.length).toBeGreaterThan(1);
    expect(keys.every((key) => key.startsWith('fl1.iiiiiiii.'))).toBe(true);
    expect((await sent('vision/me'))?.statement).toBe('A team that leads itself');
    expect((await sent('commitments/c1'))?.title).toBe('Ask before advising');
    expect((await sent('settings/settings'))?.reviewTime).toBe('17:30');
  });

  it('leaves history older than eight weeks at home', async () => {
    await db.commitments.bulkPut([
      commitment('recent', { day: '2026-10-08' }),
      commitment('old', { day: '2026-10-07' }),
    ]);
    await db.reviews.put(reviewRow('2026-01-05'));
    await pass();
    expect(await sent('commitments/recent')).toBeDefined();
    expect(await sent('commitments/old')).toBeUndefined();
    expect(await sent('reviews/2026-01-05')).toBeUndefined();
    const { sent: what } = await getSyncStatus();
    expect(what?.from).toBe('2026-10-08');
    expect(Object.keys(what?.rows ?? {})).not.toContain('visionImages');
  });

  it('takes in another computer’s newer vision, and keeps this device’s newer field beside it', async () => {
    const laptop = new OtherDevice('laptop01').change(NOON - HOUR, [
      { table: 'vision', key: 'me', row: { ...VISION, looksLike: 'Calm Mondays', updatedAt: NOON - HOUR } },
    ]);
    await pass(NOON - 2 * HOUR);
    await saveVision({ feelsLike: 'Steady' }); // at noon: later than the laptop's edit
    await fakeBrowser.storage.sync.set(laptop.items(NOON - HOUR));
    await pass(NOON + 1000);
    const vision = await getVision();
    expect(vision?.looksLike).toBe('Calm Mondays');
    expect(vision?.feelsLike).toBe('Steady');
    expect(vision?.statement).toBe('A team that leads itself');
  });

  it('merges the vision’s horizons one by one', async () => {
    await pass(NOON - 2 * HOUR);
    await saveVision({ horizons: { now: 'Hiring my deputy' } });
    await pass(NOON);
    const laptop = new OtherDevice('laptop01')
      .change(NOON - 2 * HOUR, [{ table: 'vision', key: 'me', row: VISION }])
      .change(NOON + HOUR, [
        {
          table: 'vision',
          key: 'me',
          row: { ...VISION, horizons: { now: '', oneYear: 'A deputy who runs operations', threeYears: '' } },
        },
      ]);
    await fakeBrowser.storage.sync.set(laptop.items(NOON + HOUR));
    await pass(NOON + HOUR + 1000);
    expect((await getVision())?.horizons).toEqual({
      now: 'Hiring my deputy',
      oneYear: 'A deputy who runs operations',
      threeYears: '',
    });
  });

  it('does not let data that was here before sync overrule a newer change made elsewhere', async () => {
    const laptop = new OtherDevice('laptop01').change(NOON - HOUR, [
      { table: 'vision', key: 'me', row: { ...VISION, statement: 'Newer words', updatedAt: NOON - HOUR } },
    ]);
    await fakeBrowser.storage.sync.set(laptop.items(NOON - HOUR));
    await pass();
    expect((await getVision())?.statement).toBe('Newer words');
    expect((await sent('vision/me'))?.statement).toBe('Newer words');
  });

  it('deletes a goal deleted elsewhere, and keeps one changed here after that deletion', async () => {
    await db.goals.bulkPut([goalRow('g1', 'Delegate'), goalRow('g2', 'Listen', { order: 2 })]);
    await pass(NOON);
    const laptop = new OtherDevice('laptop01')
      .change(NOON - HOUR, [
        { table: 'goals', key: 'g1', row: goalRow('g1', 'Delegate') },
        { table: 'goals', key: 'g2', row: goalRow('g2', 'Listen', { order: 2 }) },
      ])
      .change(NOON + HOUR, [
        { table: 'goals', key: 'g1', row: undefined },
        { table: 'goals', key: 'g2', row: undefined },
      ]);
    await db.goals.update('g2', { title: 'Listen first', updatedAt: NOON + 2 * HOUR });
    await pass(NOON + 2 * HOUR);
    await fakeBrowser.storage.sync.set(laptop.items(NOON + HOUR));
    await pass(NOON + 2 * HOUR + 1000);
    expect(await db.goals.get('g1')).toBeUndefined();
    expect((await db.goals.get('g2'))?.title).toBe('Listen first');
  });

  it('takes another computer’s settings when this one never changed its own', async () => {
    const laptop = new OtherDevice('laptop01').change(NOON - HOUR, [
      { table: 'settings', key: 'settings', row: { ...(await getSettings()), reviewTime: '18:15' } },
    ]);
    await fakeBrowser.storage.sync.set(laptop.items(NOON - HOUR));
    await pass();
    expect((await getSettings()).reviewTime).toBe('18:15');
  });

  it('sends a change of the settings made here', async () => {
    await pass();
    await updateSettings({ reviewTime: '16:45' });
    await pass(NOON + 1000);
    expect((await sent('settings/settings'))?.reviewTime).toBe('16:45');
  });

  it('ignores another extension’s keys, a corrupt item and a newer format, with notes, changing nothing', async () => {
    await db.goals.put(goalRow('g1', 'Delegate'));
    await fakeBrowser.storage.sync.set({
      theme: 'dark',
      'fl1.laptop01.0': { e: [{ t: 'g', k: 'g1', s: 'not a stamp', f: { title: 'Hijacked' } }] },
      'fl2.laptop01.m': { v: 2 },
    });
    await pass();
    expect((await db.goals.get('g1'))?.title).toBe('Delegate');
    expect((await getSyncStatus()).notes).toEqual(
      expect.arrayContaining([
        { kind: 'foreign', key: 'theme' },
        { kind: 'corrupt', key: 'fl1.laptop01.0' },
        { kind: 'newer', device: 'laptop01' },
      ]),
    );
  });

  it('refuses a row the backup’s check would refuse, and keeps this device’s', async () => {
    await db.reviews.put(reviewRow('2026-12-01', { wentWell: 'Held the line', updatedAt: NOON - 3 * HOUR }));
    const laptop = new OtherDevice('laptop01').change(NOON - HOUR, [
      {
        table: 'reviews',
        key: '2026-12-01',
        row: { ...reviewRow('2026-12-01'), energy: 9, updatedAt: NOON - HOUR },
      },
    ]);
    await fakeBrowser.storage.sync.set(laptop.items(NOON - HOUR));
    await pass();
    expect((await db.reviews.get('2026-12-01'))?.wentWell).toBe('Held the line');
    expect((await db.reviews.get('2026-12-01'))?.energy).toBeUndefined();
    expect((await getSyncStatus()).rejected).toEqual(['reviews/2026-12-01']);
  });

  it('turned off, removes this device’s items and no other’s, and keeps the data here', async () => {
    await pass();
    const laptop = new OtherDevice('laptop01').change(NOON - HOUR, [
      { table: 'goals', key: 'g9', row: goalRow('g9', 'Coach') },
    ]);
    await fakeBrowser.storage.sync.set(laptop.items(NOON - HOUR));
    await turnSyncOff();
    const keys = Object.keys(await syncedItems());
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => key.startsWith('fl1.laptop01.'))).toBe(true);
    expect((await getVision())?.statement).toBe('A team that leads itself');
  });
});

describe('passes one after another', () => {
  beforeEach(() => turnSyncOn(() => 0.5));

  it('send a change once: a pass with nothing new writes nothing', async () => {
    await pass(NOON);
    await saveVision({ statement: 'Calm and clear' });
    await pass(NOON + 1000);
    const after = await syncedItems();
    await pass(NOON + 2000);
    await pass(NOON + 3000);
    expect(await syncedItems()).toEqual(after);
    expect((await getSyncStatus()).writes).toHaveLength(2);
  });

  it('keep a later change from elsewhere once it is in, rather than sending this device’s older one again', async () => {
    await pass(NOON);
    vi.setSystemTime(NOON + 500);
    await saveVision({ statement: 'Mine, earlier' });
    await pass(NOON + 1000);
    const laptop = new OtherDevice('laptop01').change(NOON + 5000, [
      { table: 'vision', key: 'me', row: { ...VISION, statement: 'Theirs, later', updatedAt: NOON + 5000 } },
    ]);
    await fakeBrowser.storage.sync.set(laptop.items(NOON + 5000));
    await pass(NOON + 6000);
    await pass(NOON + 7000);
    expect((await getVision())?.statement).toBe('Theirs, later');
    expect((await sent('vision/me'))?.statement).toBe('Theirs, later');
  });
});

describe('what this device could not take in', () => {
  beforeEach(() => turnSyncOn(() => 0.5));

  it('a row the check refused is not sent back later as this device’s change, nor deleted', async () => {
    await db.reviews.put(reviewRow('2026-12-01', { wentWell: 'Held the line', updatedAt: NOON - 3 * HOUR }));
    const laptop = new OtherDevice('laptop01').change(NOON - HOUR, [
      {
        table: 'reviews',
        key: '2026-12-01',
        row: {
          ...reviewRow('2026-12-01'),
          wentWell: 'Written on the laptop',
          energy: 9,
          updatedAt: NOON - HOUR,
        },
      },
      { table: 'goals', key: 'g-new', row: { ...goalRow('g-new', 'Delegate'), status: 'paused' } },
    ]);
    await fakeBrowser.storage.sync.set(laptop.items(NOON - HOUR));
    await pass(NOON);
    await pass(NOON + HOUR);
    await pass(NOON + 2 * HOUR);
    // This device keeps its own, and passes the laptop's on as it was: its later words, its goal.
    expect((await db.reviews.get('2026-12-01'))?.wentWell).toBe('Held the line');
    expect(await db.goals.get('g-new')).toBeUndefined();
    expect((await sent('reviews/2026-12-01'))?.wentWell).toBe('Written on the laptop');
    expect((await sent('goals/g-new'))?.title).toBe('Delegate');
  });

  it('an older ranking here does not overrule a newer one elsewhere when sync is first turned on', async () => {
    const ranking = (ids: string[], at: number) =>
      ids.map((id, i) => ({ id, rank: i + 1, note: '', updatedAt: at, rankedAt: at }));
    await db.strengths.bulkPut(ranking(['kindness', 'zest'], NOON - 5 * HOUR));
    const laptop = new OtherDevice('laptop01').change(NOON - HOUR, [
      ...ranking(['curiosity', 'hope', 'humor'], NOON - HOUR).map((row) => ({
        table: 'strengths' as const,
        key: row.id,
        row,
      })),
    ]);
    await fakeBrowser.storage.sync.set(laptop.items(NOON - HOUR));
    await pass(NOON);
    const here = (await db.strengths.orderBy('rank').toArray()).map((row) => row.id);
    expect(here).toEqual(['curiosity', 'hope', 'humor']);
  });

  it('a ranking cut to its top three here is later than one the laptop saved before the cut', async () => {
    vi.setSystemTime(NOON - 2 * HOUR);
    await saveRanking(['zest', 'curiosity', 'fairness', 'kindness', 'humor']);
    await pass(NOON - 2 * HOUR);
    // The laptop ranks at 11:00, and its ranking reaches this computer only after the cut at 11:30.
    const laptopRanking = ['fairness', 'honesty', 'kindness'].map((id, i) => ({
      id,
      rank: i + 1,
      note: '',
      updatedAt: NOON - HOUR,
      rankedAt: NOON - HOUR,
    }));
    const laptop = new OtherDevice('laptop01').change(
      NOON - HOUR,
      laptopRanking.map((row) => ({ table: 'strengths' as const, key: row.id, row })),
    );
    vi.setSystemTime(NOON - HOUR / 2);
    await saveRanking(['zest', 'curiosity', 'fairness']);
    await fakeBrowser.storage.sync.set(laptop.items(NOON - HOUR));
    await pass(NOON - HOUR / 2);
    const here = (await db.strengths.orderBy('rank').toArray()).map(({ id, rank }) => ({ id, rank }));
    expect(here).toEqual([
      { id: 'zest', rank: 1 },
      { id: 'curiosity', rank: 2 },
      { id: 'fairness', rank: 3 },
    ]);
    expect((await sent('strengths/fairness'))?.rank).toBe(3);
  });
});

describe('stamps from the future', () => {
  beforeEach(() => turnSyncOn(() => 0.5));

  it('are left out with a note: a clock years ahead cannot carry this one with it', async () => {
    await db.goals.put(goalRow('g1', 'Delegate', { updatedAt: NOON - HOUR }));
    const broken = new OtherDevice('laptop01').change(Date.parse('2040-01-01T00:00:00Z'), [
      { table: 'goals', key: 'g1', row: goalRow('g1', 'From 2040') },
    ]);
    await fakeBrowser.storage.sync.set(broken.items(NOON));
    await pass(NOON);
    expect((await db.goals.get('g1'))?.title).toBe('Delegate');
    expect((await getSyncStatus()).notes).toContainEqual({ kind: 'corrupt', key: 'fl1.laptop01' });
  });
});
