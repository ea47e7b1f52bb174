/**
 * A leader whose browser speaks German: Flourish speaks German from the first setup page to the
 * end-of-day review, the notification included, without choosing anything.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStorage } from './db';
import { zonedTime, zonedToday } from './clock';
import { launchExtension, writeSettings, type ExtensionSession } from './harness';

interface NotificationOptions {
  title: string;
  message: string;
  buttons?: { title: string }[];
}

let session: ExtensionSession;
let setup: Page;
const today = zonedToday().toString();

beforeAll(async () => {
  session = await launchExtension({ locale: 'de-DE' });
  setup = await session.waitForPage(/options\.html/);
});

afterAll(async () => {
  await session?.close();
});

describe('Flourish in a German browser', () => {
  it('opens setup in German, the page marked as German', async () => {
    await setup.getByRole('heading', { level: 1, name: 'Willkommen bei Flourish' }).waitFor();
    expect(await setup.evaluate(() => document.documentElement.lang)).toBe('de');
    await setup.close();
  });

  it('commits in the popup, in German, with German dates', async () => {
    await (
      await session.worker()
    ).evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({ setup: { step: 'done', completedAt: 1 } }),
    );
    const popup = await session.openPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByRole('heading', { name: /^Heute/ }).waitFor();
    const add = popup.getByLabel('Ein Vorhaben festlegen');
    await add.fill('Board-Update schreiben');
    await add.press('Enter');
    await popup.getByRole('checkbox', { name: 'Board-Update schreiben' }).waitFor();
    // The weekday and month come from Intl in German ("Mittwoch, 2. Dezember").
    const weekday = new Date(`${today}T12:00:00Z`).toLocaleDateString('de-DE', {
      weekday: 'long',
      timeZone: 'UTC',
    });
    expect(await popup.locator('body').textContent()).toContain(weekday);
    await popup.close();
  });

  it('brings the end-of-day prompt in German', async () => {
    const worker = await session.worker();
    // Record what the worker hands the browser, then let the review alarm fire in two seconds.
    await worker.evaluate(() => {
      const g = globalThis as unknown as {
        shownNotifications: NotificationOptions[];
        chrome: { notifications: { create(...args: unknown[]): Promise<string> } };
      };
      g.shownNotifications = [];
      const create = g.chrome.notifications.create.bind(g.chrome.notifications);
      g.chrome.notifications.create = (...args: unknown[]) => {
        g.shownNotifications.push(args.find((arg) => typeof arg === 'object') as NotificationOptions);
        return create(...args);
      };
    });
    // Every day a workday, the review time two whole minutes ahead, nothing shown yet today (as the
    // shared flows do); then the alarm, two seconds ahead.
    const next = Math.ceil((Date.now() + 120_000) / 60_000) * 60_000;
    await worker.evaluate(
      (day) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({ prompts: { shown: {}, snoozed: null, timeZone: null, firstDay: day } }),
      today,
    );
    await writeSettings(worker, {
      workdays: [0, 1, 2, 3, 4, 5, 6],
      weeklyReviewDay: null,
      morningTime: null,
      reviewTime: zonedTime(next),
    });
    const alarmAt = () =>
      worker.evaluate(async () => {
        const { alarms } = (
          globalThis as unknown as {
            chrome: { alarms: { get(n: string): Promise<{ scheduledTime: number } | undefined> } };
          }
        ).chrome;
        return (await alarms.get('flourish:prompt'))?.scheduledTime;
      });
    await expect.poll(alarmAt, { timeout: 10_000 }).toBe(next);
    await worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { alarms: { create(n: string, i: object): Promise<void> } } }
      ).chrome.alarms.create('flourish:prompt', { when: Date.now() + 2000 }),
    );
    const options = await session.openPage('options.html#/settings');
    await expect
      .poll(() => readStorage(options, 'prompts'), { timeout: 20_000 })
      .toMatchObject({ shown: { 'daily-review': today } });
    const shown = await (
      await session.worker()
    ).evaluate(
      () => (globalThis as unknown as { shownNotifications: NotificationOptions[] }).shownNotifications,
    );
    expect(shown.map((n) => [n.title, n.message, n.buttons?.map((b) => b.title)[0]])).toEqual([
      ['Wie war Ihr Tag?', expect.stringContaining('0 von 1 erledigt.'), expect.any(String)],
    ]);
    expect(shown[0]!.message).not.toMatch(/\b(done|minutes|review)\b/i);
    await options.close();
  });

  it('opens the review in German', async () => {
    const review = await session.openPage(`review.html?day=${today}`);
    await review.getByRole('heading', { name: 'Wie ist es heute gelaufen?' }).waitFor();
    const group = review.getByRole('group', { name: 'Board-Update schreiben' });
    await group.getByRole('radio', { name: 'Erledigt', exact: true }).check();
    await review.getByRole('button', { name: 'Weiter' }).click();
    await review.getByRole('button', { name: 'Rückblick abschließen' }).click();
    await review.getByRole('heading', { name: 'Rückblick gespeichert' }).waitFor();
  });
});
