/**
 * A browser stops an extension's worker whenever it likes, and delivers an alarm once. Here
 * Chromium's worker is stopped at chosen instants of showing the end-of-day prompt (frozen there by
 * a patch the test puts into the running worker, then stopped through DevTools), and the prompt
 * must still come, exactly once. Nothing of this ships in the extension.
 *
 * Chromium runs in a fixed-offset zone where it is about midday (`middayZone` in clock.ts, through
 * the harness), so no test can cross midnight whatever the hour the suite runs at.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readStorage } from './db';
import { launchExtension, type ExtensionSession } from './harness';

/** Launches Chromium in the test zone, where it is about midday (the worker takes its zone from the process). */
function launchAtMidday(): Promise<ExtensionSession> {
  return launchExtension({
    settings: { workdays: [0, 1, 2, 3, 4, 5, 6], weeklyReviewDay: null, morningTime: null },
  });
}

interface Chrome {
  alarms: {
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
    create(name: string, info: { when: number }): Promise<void>;
  };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
  runtime: { sendMessage(message: object): Promise<unknown> };
}
type WithChrome = typeof globalThis & { chrome: Chrome };

let session: ExtensionSession;
let page: Page;
let cdp: CDPSession;
/** The worker's state as DevTools reports it: running, stopping, stopped, starting. */
let workerStatus = 'running';
/** How many times DevTools has seen the worker stop (a page may start it again at once). */
let workerStops = 0;

beforeAll(async () => {
  session = await launchAtMidday();
  page = await session.openPage('options.html#/settings');
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  cdp = await session.context.newCDPSession(page);
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.filter((v) => v.scriptURL.includes(session.extensionId));
    if (ours.length === 0) return;
    workerStatus = ours.at(-1)!.runningStatus;
    if (workerStatus === 'stopped') workerStops++;
  });
  await cdp.send('ServiceWorker.enable');
});

afterAll(async () => {
  await session?.close();
});

/**
 * Each test starts from a fresh worker and a day with nothing prompted yet: the review time late
 * tonight (so nothing is due and no page sees a review waiting), no notification on screen.
 */
beforeEach(async () => {
  await stopWorker();
  await saveSettings({ reviewTime: '23:00' });
  await page.evaluate(() =>
    (globalThis as WithChrome).chrome.runtime.sendMessage({ type: 'reschedule' }).catch(() => undefined),
  );
  // The worker has looked again once its alarm is for 23:00 (tonight's, or tomorrow's if tonight's
  // review counts as shown from the test before; the state is reset below).
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const alarm = await (globalThis as WithChrome).chrome.alarms.get('flourish:prompt');
        return alarm && new Date(alarm.scheduledTime).getHours();
      }),
    )
    .toBe(23);
  for (const id of await notifications()) {
    await page.evaluate((n) => (globalThis as WithChrome).chrome.notifications.clear(n), id);
  }
  // The worker writes back the whole state it read at the start of a look: the state below is
  // written with no look under way (the settings change and the message above each start one), and
  // the test goes on once the look this write wakes has ended (it sets the alarm time again), so
  // that no look reads the state before a test's own write and stores it after.
  await stopWorker();
  const state = await prompts();
  await setStorage({
    prompts: { ...state, shown: {}, installedAt: Date.now() - 3 * 3_600_000, showing: null, alarmAt: null },
  });
  await expect.poll(async () => (await prompts()).alarmAt).toEqual(expect.any(Number));
});

const notifications = () =>
  page.evaluate(async () => Object.keys(await (globalThis as WithChrome).chrome.notifications.getAll()));
const alarmAt = (name: string) =>
  page.evaluate(async (n) => (await (globalThis as WithChrome).chrome.alarms.get(n))?.scheduledTime, name);
const prompts = () => readStorage(page, 'prompts') as Promise<Record<string, unknown>>;
const setStorage = (items: object) =>
  page.evaluate((values) => (globalThis as WithChrome).chrome.storage.local.set(values), items);
/** The local day `offset` days from today, in the browser's zone. */
const localDay = (offset = 0) =>
  page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);
/** Local `HH:MM`, `minutes` from now, in the browser's zone. */
const localTime = (minutes: number) =>
  page.evaluate((m) => {
    const d = new Date(Date.now() + m * 60_000);
    return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  }, minutes);

/** Saves settings from the page, as the options page does; the worker looks at the prompts again. */
async function saveSettings(changes: object) {
  const { settings } = await page.evaluate(() =>
    (globalThis as WithChrome).chrome.storage.local.get('settings'),
  );
  await setStorage({ settings: { ...(settings as object), ...changes } });
}

/**
 * Freezes the running worker at `point`: from then on every browser call it makes goes unanswered,
 * as if the browser had stopped it there. `alarm`: as the prompt alarm is delivered, before the
 * worker reads anything. `read`: at its next read of the prompt state. `noted`: after the
 * notification is on screen, before the worker writes anything more.
 */
async function freezeWorkerAt(point: 'alarm' | 'read' | 'noted') {
  const worker = await runningWorker();
  await worker.evaluate((at) => {
    type Fn = (...args: unknown[]) => Promise<unknown>;
    const g = globalThis as typeof globalThis & {
      chrome: Record<string, Record<string, unknown>>;
      frozen?: boolean;
    };
    const { chrome } = g;
    let created = false;
    const never = () => {
      g.frozen = true;
      return new Promise(() => {});
    };
    const frozenFor = (area: object, name: string, args: unknown[]) => {
      if (g.frozen) return true;
      if (at === 'read') return name === 'get' && JSON.stringify(args[0]).includes('prompts');
      if (at === 'noted') return created && area === chrome.storage!.local && name === 'set';
      return false;
    };
    const wrap = (area: Record<string, unknown>, name: string) => {
      const original = (area[name] as Fn).bind(area);
      area[name] = (...args: unknown[]) => {
        if (frozenFor(area, name, args)) return never();
        // A call already on its way when the freeze came is never answered either.
        return original(...args).then(async (result) => {
          if (g.frozen) return never();
          if (name === 'create' && area === chrome.notifications) created = true;
          return result;
        });
      };
    };
    const local = chrome.storage!.local as Record<string, unknown>;
    for (const name of ['get', 'set']) wrap(local, name);
    for (const name of ['create', 'getAll', 'clear']) wrap(chrome.notifications!, name);
    for (const name of ['get', 'create', 'clear']) wrap(chrome.alarms!, name);
    if (at === 'alarm') {
      // Listeners run in the order they were added: the worker's own one has just started its job.
      (chrome.alarms!.onAlarm as { addListener(f: (a: { name: string }) => void): void }).addListener((a) => {
        if (a.name === 'flourish:prompt') g.frozen = true;
      });
    }
  }, point);
}

/** The extension's worker, once it runs (a stopped one answers nothing). */
async function runningWorker() {
  await expect.poll(() => workerStatus).toBe('running');
  return session.worker();
}

/** Waits until the frozen worker has reached its point, then stops it through DevTools. */
async function stopFrozenWorker() {
  const worker = await runningWorker();
  await expect
    .poll(() => worker.evaluate(() => (globalThis as { frozen?: boolean }).frozen ?? false))
    .toBe(true);
  await stopWorker();
}

/** Stops the worker through DevTools, as the browser does when it likes. */
async function stopWorker() {
  const stops = workerStops;
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => workerStops).toBeGreaterThan(stops);
}

/**
 * Counts the `reschedule` messages the Settings page sends from now on (a page that sees the
 * worker fall behind sends one); returns a function that reads the count.
 */
async function countNudges(): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const g = globalThis as unknown as {
      chrome: { runtime: { sendMessage: (message: { type?: string }) => Promise<unknown> } };
      nudges?: number;
      countsNudges?: boolean;
    };
    g.nudges = 0;
    if (g.countsNudges) return;
    g.countsNudges = true;
    const { runtime } = g.chrome;
    const send = runtime.sendMessage.bind(runtime);
    runtime.sendMessage = (message) => {
      if (message?.type === 'reschedule') g.nudges! += 1;
      return send(message);
    };
  });
  return () => page.evaluate(() => (globalThis as unknown as { nudges: number }).nudges);
}

/** The review time set a few minutes ahead; waits for the worker to set the prompt alarm for it. */
async function reviewSoon(): Promise<number> {
  // At least two minutes ahead, on a whole minute: beyond the minute in which a prompt counts as due.
  const time = await localTime(3);
  await saveSettings({ reviewTime: time });
  const [hours, minutes] = time.split(':').map(Number);
  const at = await page.evaluate(([h, m]) => new Date().setHours(h!, m!, 0, 0), [hours, minutes]);
  await expect.poll(() => alarmAt('flourish:prompt')).toBe(at);
  return at;
}

/** A review due right now: the review time is this minute (Flourish was installed hours ago). */
async function reviewDueNow() {
  await saveSettings({ reviewTime: await localTime(0) });
}

describe('the end-of-day prompt when the browser stops the worker', () => {
  it('stopped just after the prompt alarm fires: the backstop alarm a minute later brings it, once', async () => {
    const at = await reviewSoon();
    expect(await alarmAt('flourish:prompt-backstop')).toBe(at + 60_000);
    // Bring the prompt alarm close, and freeze the worker as it is delivered.
    await freezeWorkerAt('alarm');
    await (
      await runningWorker()
    ).evaluate(() =>
      (globalThis as WithChrome).chrome.alarms.create('flourish:prompt', { when: Date.now() + 2000 }),
    );
    await stopFrozenWorker();
    expect(await notifications()).toEqual([]);
    expect(await alarmAt('flourish:prompt')).toBeUndefined();

    // The backstop is still set for a minute after the prompt; bring it close too.
    expect(await alarmAt('flourish:prompt-backstop')).toBe(at + 60_000);
    await page.evaluate(() =>
      (globalThis as WithChrome).chrome.alarms.create('flourish:prompt-backstop', {
        when: Date.now() + 1000,
      }),
    );
    const today = await localDay();
    const id = `flourish-prompt|daily-review|${today}|${today}`;
    await expect.poll(notifications).toEqual([id]);
    await expect.poll(() => alarmAt('flourish:prompt')).toBeGreaterThan(Date.now() + 3_600_000);
    expect(await prompts()).toMatchObject({ shown: { 'daily-review': today }, showing: null });
    expect(await notifications()).toEqual([id]);
  });

  it('stopped before it could show a due review: opening a new tab, which shows the review waiting, brings it', async () => {
    await freezeWorkerAt('read');
    const nudges = await countNudges();
    await reviewDueNow();
    // The open Settings page sees the review waiting too and tells the worker once: that must
    // reach the frozen worker, or it would wake a fresh one after the stop (as it would for a
    // leader, but then the new tab would prove nothing).
    await expect.poll(nudges).toBeGreaterThan(0);
    await stopFrozenWorker();
    expect(await notifications()).toEqual([]);

    const newTab = await session.context.newPage();
    await newTab.goto('chrome://newtab/');
    await newTab.getByRole('heading', { name: 'Your review of today is waiting' }).waitFor();
    const today = await localDay();
    await expect.poll(notifications).toEqual([`flourish-prompt|daily-review|${today}|${today}`]);
    await expect.poll(prompts).toMatchObject({ shown: { 'daily-review': today }, showing: null });
  });

  it('stopped with the review on screen before noting it, then dismissed: it does not come again', async () => {
    await freezeWorkerAt('noted');
    await reviewDueNow();
    const today = await localDay();
    const id = `flourish-prompt|daily-review|${today}|${today}`;
    await expect.poll(notifications).toEqual([id]);
    await stopFrozenWorker();

    // The leader reads it and closes it; then the worker wakes (here: a page asks it to look again).
    await page.evaluate((n) => (globalThis as WithChrome).chrome.notifications.clear(n), id);
    await page.evaluate(() =>
      (globalThis as WithChrome).chrome.runtime.sendMessage({ type: 'reschedule' }).catch(() => undefined),
    );
    // The worker has looked again once the prompt alarm is set for tomorrow's review.
    await expect.poll(() => alarmAt('flourish:prompt')).toBeGreaterThan(Date.now() + 3_600_000);
    await expect.poll(prompts).toMatchObject({ shown: { 'daily-review': today }, showing: null });
    expect(await notifications()).toEqual([]);
  });
});

describe('prompts due at the same time', () => {
  it('the review left on screen, then the zoom-out due: one notification names both, the review’s own goes', async () => {
    const today = await localDay();
    const weekday = await page.evaluate(() => new Date().getDay());
    await setStorage({
      prompts: {
        ...(await prompts()),
        installedAt: Date.now() - 10 * 86_400_000,
        shown: { 'daily-review': await localDay(-1) },
      },
    });
    // The review 26 minutes ago (due, and shown at once); the zoom-out, half an hour after it, three
    // to four minutes ahead: not due yet.
    await saveSettings({ reviewTime: await localTime(-26), weeklyReviewDay: weekday });
    const review = `flourish-prompt|daily-review|${today}|${today}`;
    await expect.poll(notifications).toEqual([review]);

    // The leader leaves it there. Time passes until the zoom-out is due: here the review time moves
    // back five minutes instead (an alarm brought forward could be reset by a look running then).
    await saveSettings({ reviewTime: await localTime(-31) });
    await expect
      .poll(notifications)
      .toEqual([
        expect.stringMatching(
          new RegExp(
            `^flourish-prompt\\|daily-review\\|${today}\\|${today}\\|weekly-review\\|\\d{4}-W\\d{2}\\|${today}$`,
          ),
        ),
      ]);
    await expect.poll(prompts).toMatchObject({
      shown: { 'daily-review': today, 'weekly-review': expect.any(String) },
      showing: null,
    });
    await saveSettings({ weeklyReviewDay: null });
  });

  it('the review and the weekly zoom-out due together come as one notification naming both', async () => {
    // As after a browser closed from the review time until the zoom-out half an hour later.
    const today = await localDay();
    const yesterday = await page.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() - 1);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const weekday = await page.evaluate(() => new Date().getDay());
    // One write for both: written apart, the worker (or the open Settings page's nudge) could see
    // the review due under the earlier settings and show it alone before the zoom-out day lands.
    const { settings } = await page.evaluate(() =>
      (globalThis as WithChrome).chrome.storage.local.get('settings'),
    );
    await setStorage({
      prompts: {
        ...(await prompts()),
        installedAt: Date.now() - 10 * 86_400_000,
        shown: { 'daily-review': yesterday },
      },
      settings: { ...(settings as object), reviewTime: await localTime(-30), weeklyReviewDay: weekday },
    });
    await expect.poll(notifications).toHaveLength(1);
    const [id] = await notifications();
    expect(id).toMatch(
      new RegExp(
        `^flourish-prompt\\|daily-review\\|${today}\\|${today}\\|weekly-review\\|\\d{4}-W\\d{2}\\|${today}$`,
      ),
    );
    expect(await prompts()).toMatchObject({
      shown: { 'daily-review': today, 'weekly-review': expect.any(String) },
    });
    await saveSettings({ weeklyReviewDay: null });
  });
});
