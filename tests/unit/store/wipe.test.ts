// @vitest-environment happy-dom
// (the page's localStorage, where the new tab's snapshot and the drafts live)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeDraft } from '../../../components/drafts';
import background from '../../../entrypoints/background';
import { refreshBadge } from '../../../entrypoints/background/badge';
import { reschedule } from '../../../entrypoints/background/prompts';
import { deleteAllData } from '../../../lib/store/backup/wipe';
import { addCommitment } from '../../../lib/store/db/commitments';
import { db } from '../../../lib/store/db/db';
import { promptStateItem, getPromptState } from '../../../entrypoints/background/prompt-state';
import { updateSettings } from '../../../lib/store/storage-items';
import { SNAPSHOT_KEY, writeSnapshot } from '../../../lib/domain/newtab-snapshot';
import { withWords } from '../../../lib/domain/newtab-words';

const NOW = new Date(2026, 10, 25, 9, 0); // a Wednesday morning, local time
const TODAY = '2026-11-25';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  localStorage.clear();
});

afterEach(async () => {
  // Let any job of the worker finish before the database closes.
  await reschedule();
  vi.useRealTimers();
});

/** A leader's day in full swing: data, their own review time, a snoozed prompt on screen, a count on the badge, text being typed. */
async function aLeadersDay() {
  await addCommitment(TODAY, 'Board update');
  await updateSettings({ reviewTime: '16:00', workdays: [0, 1, 2, 3, 4, 5, 6] });
  await promptStateItem.setValue({
    ...(await getPromptState()),
    snoozed: [{ kind: 'daily-review', key: TODAY, day: TODAY, until: NOW.getTime() + 15 * 60_000 }],
  });
  await fakeBrowser.alarms.create('flourish:prompt', { when: NOW.getTime() + 15 * 60_000 });
  await fakeBrowser.alarms.create('flourish:day-start', { when: new Date(2026, 10, 26).getTime() });
  await fakeBrowser.notifications.create(`flourish-prompt|daily-review|${TODAY}|${TODAY}`, {
    type: 'basic',
    iconUrl: 'icon/128.png',
    title: 'How did today go?',
    message: '0 of 1 done',
  });
  await refreshBadge(fakeBrowser.action);
  writeSnapshot(
    localStorage,
    withWords({
      day: TODAY,
      vision: {
        statement: 'A team that runs without me',
        looksLike: '',
        feelsLike: '',
        horizons: { now: '', oneYear: '', threeYears: '' },
      },
      horizonChoice: 'inTurn',
      purpose: 'To build great teams',
      values: ['Candour'],
      commitments: [{ id: 'c1', title: 'Board update', status: 'open' }],
      spotlight: null,
      image: null,
      pendingReviews: [],
    }),
  );
  writeDraft('vision:statement', 'A team that runs without me, and');
}

/** What the browser shows and keeps for Flourish, outside the database. */
async function outside() {
  const alarms = await fakeBrowser.alarms.getAll();
  return {
    alarms: alarms.map((a) => [a.name, a.scheduledTime]).sort(),
    notifications: Object.keys(await fakeBrowser.notifications.getAll()),
    badge: await fakeBrowser.action.getBadgeText({}),
    title: await fakeBrowser.action.getTitle({}),
    storage: await fakeBrowser.storage.local.get(null),
    pageStorage: Object.keys(localStorage),
  };
}

describe('delete all my data', () => {
  it('removes the alarms, the notifications on screen, the snapshot and the drafts, then tells the worker to start afresh', async () => {
    await aLeadersDay();
    expect(localStorage.getItem(SNAPSHOT_KEY)).toContain('A team that runs without me');
    const told = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(told);

    await deleteAllData();

    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    const { badge: _badge, title: _title, ...rest } = await outside();
    expect(rest).toEqual({ alarms: [], notifications: [], storage: {}, pageStorage: [] });
    expect(told).toHaveBeenCalledWith({ type: 'reschedule' }, expect.anything(), expect.anything());
  });

  it('leaves the badge to the worker, its one writer', async () => {
    await aLeadersDay();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await deleteAllData();
    // No worker here: the count stays until the worker redraws it (below).
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('with the worker running, leaves exactly what a fresh install has at that moment, the badge redrawn empty', async () => {
    background.main();
    await reschedule(); // the worker's first start: a fresh install
    const freshInstall = await outside();
    expect(freshInstall.alarms.map(([name]) => name)).toEqual([
      'flourish:day-start',
      'flourish:prompt',
      'flourish:prompt-backstop',
    ]);

    await aLeadersDay();
    await reschedule();
    expect(await outside()).not.toEqual(freshInstall);

    await deleteAllData();
    await reschedule(); // whatever the worker was still doing
    expect(await outside()).toEqual(freshInstall);
  });
});
