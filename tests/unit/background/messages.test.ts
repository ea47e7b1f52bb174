import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { reschedule } from '../../../entrypoints/background/prompts';
import { enqueue } from '../../../entrypoints/background/queue';
import { today } from '../../../lib/platform/clock';
import { addCommitment } from '../../../lib/store/db/commitments';
import { db } from '../../../lib/store/db/db';
import { addRecurrence } from '../../../lib/store/db/recurrences';
import { updateSettings } from '../../../lib/store/storage-items';

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
  await updateSettings({ weeklyReviewDay: null });
});

afterEach(async () => {
  // Let the worker's queued jobs finish before the database closes.
  await reschedule();
  vi.useRealTimers();
});

describe('messages from pages', () => {
  it('“refresh-badge” redraws the badge from the database, for a popup that closes at once', async () => {
    background.main();
    await reschedule(); // the worker's start-up jobs are done
    await addCommitment(today(), 'Board update');
    await addCommitment(today(), 'One-to-one with Sam');
    // Nothing else redraws it: without the message the badge would stay as it was.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    await fakeBrowser.runtime.onMessage.trigger({ type: 'refresh-badge' }, {}, () => undefined);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('“reschedule” readies today again: a recurring commitment added for today joins today’s list', async () => {
    background.main();
    await reschedule(); // the worker's start-up jobs are done
    await addRecurrence({ title: 'Pipeline review', schedule: { kind: 'weekdays', weekdays: [3] } }, today());

    await fakeBrowser.runtime.onMessage.trigger({ type: 'reschedule' }, {}, () => undefined);
    await enqueue(async () => undefined); // the day's start, queued by the message, has run
    expect((await db.commitments.toArray()).map((c) => [c.day, c.title])).toEqual([
      [today(), 'Pipeline review'],
    ]);
  });

  it('ignores messages it does not know: nothing is stored, scheduled, shown or redrawn', async () => {
    background.main();
    await reschedule(); // the worker's start-up jobs are done
    // Changes only a job would pick up: the badge's count, and a rule a new day's start would add.
    await addCommitment(today(), 'Board update');
    await addRecurrence({ title: 'Pipeline review', schedule: { kind: 'weekdays', weekdays: [3] } }, today());
    const everything = async () => ({
      storage: await fakeBrowser.storage.local.get(),
      alarms: await fakeBrowser.alarms.getAll(),
      notifications: await fakeBrowser.notifications.getAll(),
      badge: await fakeBrowser.action.getBadgeText({}),
      tabs: await fakeBrowser.tabs.query({}),
      commitments: await db.commitments.toArray(),
    });
    const before = await everything();

    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'something-else' },
      {},
      () => undefined,
    );
    expect(answers).toEqual([undefined]);
    await enqueue(async () => undefined); // any job the message queued has run
    expect(await everything()).toEqual(before);
  });
});
