/**
 * The worker's sync passes (entrypoints/background/sync.ts): what another computer sends changes
 * what this one prompts and badges, this computer's own writes coming back run no pass, and a busy
 * morning of changes becomes a few writes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reschedule } from '../../../entrypoints/background/prompts';
import { promptStateItem } from '../../../entrypoints/background/prompt-state';
import {
  lastScheduledSync,
  onStorageChanged,
  runSync,
  scheduleSync,
  SYNC_DELAY_MS,
} from '../../../entrypoints/background/sync';
import { RATE } from '../../../lib/domain/sync/rate';
import { EMPTY_PROMPT_STATE } from '../../../lib/domain/prompt-schedule';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings';
import { addCommitment, markCommitmentDone } from '../../../lib/store/db/commitments';
import { saveVision } from '../../../lib/store/db/vision';
import { addGoal } from '../../../lib/store/db/goals';
import { getSettings, getSyncChoice, getSyncStatus, updateSettings } from '../../../lib/store/storage-items';
import { turnSyncOn } from '../../../lib/store/sync/switch';
import { reviewRow } from '../../support/rows';
import { OtherDevice } from '../../support/sync-devices';

const EVERY_DAY = { ...DEFAULT_SETTINGS, workdays: [0, 1, 2, 3, 4, 5, 6], weeklyReviewDay: null };
const DAY = '2026-11-25';
const at = (hour: number, minute = 0, second = 0) => new Date(2026, 10, 25, hour, minute, second).getTime();
const shown = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions());

afterEach(() => {
  vi.useRealTimers();
});

describe('what another computer sends, here', () => {
  let commitmentId: string;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at(9));
    await updateSettings(EVERY_DAY);
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: DAY });
    await turnSyncOn(() => 0.5);
    commitmentId = (await addCommitment(DAY, 'Board update')).id;
    await runSync();
  });

  /** The laptop, which has the same commitment, ticks it and reviews the day at 17:00. */
  async function laptopReviewsTheDay() {
    const laptop = new OtherDevice('laptop01');
    const [row] = await import('../../../lib/store/db/commitments').then((m) => m.commitmentsForDay(DAY));
    laptop.change(at(9, 30), [{ table: 'commitments', key: commitmentId, row: { ...row } }]);
    laptop.change(at(17), [
      {
        table: 'commitments',
        key: commitmentId,
        row: { ...row, status: 'done', doneAt: at(17), updatedAt: at(17) },
      },
      {
        table: 'reviews',
        key: DAY,
        row: {
          ...reviewRow(DAY, { updatedAt: at(17), completedAt: at(17) }),
          outcomes: [{ commitmentId, status: 'done' }],
        },
      },
    ]);
    await fakeBrowser.storage.sync.set(laptop.items(at(17)));
  }

  it('without it, the end-of-day prompt comes at the review time', async () => {
    vi.setSystemTime(at(17, 30));
    await runSync();
    await reschedule();
    expect(shown()).toHaveLength(1);
  });

  it('a day reviewed on the laptop is not prompted here, and its tick clears the badge', async () => {
    await reschedule();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await laptopReviewsTheDay();
    vi.setSystemTime(at(17, 30));
    await runSync();
    await reschedule();
    expect(shown()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('a busy morning', () => {
  it('becomes a few writes: a burst of ticks is one', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(at(8));
    await updateSettings(EVERY_DAY);
    await turnSyncOn(() => 0.5);
    const sync = fakeBrowser.storage.sync;
    const write = sync.set.bind(sync);
    const times: number[] = [];
    const set = vi.spyOn(sync, 'set').mockImplementation((items) => {
      times.push(Date.now());
      return write(items);
    });
    /** A change, then the page's message to the worker, then `gap` ms until the next. */
    const step = async (change: () => Promise<unknown>, gap: number) => {
      await change();
      scheduleSync();
      await vi.advanceTimersByTimeAsync(gap);
      await lastScheduledSync();
    };
    // 08:00 plans six commitments, one every 20 s; 08:03 types the vision, saved every 2 s for
    // 20 s; 08:10 adds a goal and changes the review time; 09:00 ticks four in three seconds.
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1)
      await step(async () => ids.push((await addCommitment(DAY, `Commitment ${i + 1}`)).id), 20_000);
    for (let i = 1; i <= 10; i += 1) await step(() => saveVision({ statement: 'Calm '.repeat(i) }), 2_000);
    await vi.advanceTimersByTimeAsync(at(8, 10) - Date.now());
    await step(() => addGoal({ title: 'Grow my deputy', why: '', successMeasure: '' }), 30_000);
    await step(async () => updateSettings({ ...(await getSettings()), reviewTime: '18:00' }), 30_000);
    await vi.advanceTimersByTimeAsync(at(9) - Date.now());
    const beforeTicks = set.mock.calls.length;
    for (const id of ids.slice(0, 4)) await step(() => markCommitmentDone(id), 750);
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS * 2);
    await lastScheduledSync();

    expect(set.mock.calls.length - beforeTicks).toBe(1);
    // Each change more than the pass's delay after the last is its own write: six commitments,
    // ten saves of the vision, the goal, the settings; the four ticks, one.
    expect(set.mock.calls.length).toBe(19);
    // The busiest minute: the last two commitments and the ten saves of the vision.
    const busiest = Math.max(...times.map((end) => times.filter((t) => t > end - 60_000 && t <= end).length));
    expect(busiest).toBe(12);
    expect(busiest).toBeLessThanOrEqual(RATE.perMinute);
  });
});

describe('what the browser’s sync says changed', () => {
  let own: Record<string, unknown>;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(at(9));
    await updateSettings(EVERY_DAY);
    await turnSyncOn(() => 0.5);
    await addCommitment(DAY, 'Board update');
    await runSync();
    own = await fakeBrowser.storage.sync.get(null);
    vi.setSystemTime(at(9, 5));
  });

  /** Tells the worker of a change at 09:05, waits out any pass it starts; returns when the last pass ran. */
  async function told(changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) {
    onStorageChanged(changes, 'sync');
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    await lastScheduledSync();
    return (await getSyncStatus()).at;
  }

  it('runs no pass for this computer’s own writes coming back', async () => {
    const { deviceId } = await getSyncChoice();
    expect(Object.keys(own).sort()).toEqual([`fl1.${deviceId}.0`, `fl1.${deviceId}.m`]);
    const echo = Object.fromEntries(Object.entries(own).map(([key, value]) => [key, { newValue: value }]));
    expect(await told(echo)).toBe(at(9));
  });

  it('runs a pass for another computer’s keys', async () => {
    expect(await told({ 'fl1.laptop01.m': { newValue: { v: 1 } } })).toBeGreaterThan(at(9, 5));
  });

  it('runs a pass when this computer’s keys were removed, which writes them again', async () => {
    await fakeBrowser.storage.sync.clear();
    const removed = Object.fromEntries(Object.entries(own).map(([key, value]) => [key, { oldValue: value }]));
    expect(await told(removed)).toBeGreaterThan(at(9, 5));
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual(Object.keys(own).sort());
  });
});
