/**
 * No page goes blank: a date typed digit by digit into the coach summary gets a message in words
 * and the options page keeps working. Delete everything leaves nothing behind: no data, no alarm
 * or notification of the old life, no count on the badge, no snapshot or draft in localStorage.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today as todayKey } from '../../lib/platform/clock';
import { dumpDatabase, readStorage, seedTables } from './db';
import { NO_REVIEW_DAYS, launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension({ settings: NO_REVIEW_DAYS });
});

afterAll(async () => {
  await session?.close();
});

/** Errors the page did not catch, collected from the moment it opened. */
function uncaughtErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

describe('the coach summary’s dates', () => {
  it('the date 0001-01-01 in From says which dates to choose, and the sidebar still works', async () => {
    const page = await session.openPage('options.html#/summary');
    const errors = uncaughtErrors(page);
    const from = page.getByLabel('From');
    await page.getByRole('article', { name: 'Summary preview' }).waitFor();

    // The date as the field hands it over (typing it passes through 0000, 0001…: the unit tests
    // of the page go through those; the order of the field's parts depends on the language).
    await from.fill('0001-01-01');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Choose dates from 1 January 2000 on.');
    expect(await page.getByRole('article', { name: 'Summary preview' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Copy as Markdown' }).isDisabled()).toBe(true);

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Goals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    await page.getByRole('link', { name: 'Coach summary' }).click();
    await page.getByRole('article', { name: 'Summary preview' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The part of Chromium's extension API these checks use, inside a page. */
interface Api {
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number }[]>;
    create(name: string, info: { when: number }): Promise<void>;
  };
  notifications: {
    getAll(): Promise<object>;
    create(id: string, options: object): Promise<string>;
  };
  action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
  storage: {
    local: { get(key: string): Promise<Record<string, object>>; set(items: object): Promise<void> };
  };
  runtime: { getURL(path: string): string };
}

/** What Flourish keeps outside its database, read in one of its pages. */
function outside(page: Page) {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const alarms = await api.alarms.getAll();
    return {
      alarms: alarms.map((alarm) => [alarm.name, alarm.scheduledTime] as const).sort(),
      notifications: Object.keys(await api.notifications.getAll()),
      badge: await api.action.getBadgeText({}),
      title: await api.action.getTitle({}),
    };
  });
}

describe('delete everything', () => {
  let fresh: ExtensionSession;

  beforeAll(async () => {
    fresh = await launchExtension();
  });

  afterAll(async () => {
    await fresh?.close();
  });

  it('through the Data page’s own button, leaves nothing behind: the state of a fresh install', async () => {
    const today = todayKey();
    const page = await fresh.waitForPage(/options\.html/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The worker's first start, before anything was written: what a fresh install has, once its
    // looks at the prompts are done (while one runs, it holds the backstop a minute ahead).
    let freshInstall: Awaited<ReturnType<typeof outside>> | undefined;
    await expect
      .poll(async () => {
        const state = await outside(page);
        const at = new Map(state.alarms);
        if (at.get('flourish:prompt-backstop') === at.get('flourish:prompt')! + 60_000) freshInstall = state;
        return freshInstall?.alarms.map(([name]) => name);
      })
      .toEqual(['flourish:day-start', 'flourish:prompt', 'flourish:prompt-backstop']);

    // A life in Flourish: a vision and a commitment (so a snapshot and a count on the badge), a
    // snoozed prompt (an alarm of its own, and the prompt on screen), and a draft being typed.
    await seedTables(page, {
      commitments: [
        { id: 'c1', day: today, title: 'Board update', status: 'open', order: 1, createdAt: 1, updatedAt: 1 },
      ],
    });
    await page.goto(`chrome-extension://${fresh.extensionId}/options.html#/vision`);
    // Rows written straight to IndexedDB are read by pages loaded after them.
    await page.reload();
    await page.getByLabel('My vision').fill('A team that runs the business while I shape what comes next.');
    await page.getByText('Saved', { exact: true }).waitFor();
    await page.evaluate(async (day) => {
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      // A prompt snoozed for ten minutes, on screen until clicked as Chromium's prompts are.
      await api.alarms.create('flourish:prompt', { when: Date.now() + 10 * 60_000 });
      await api.notifications.create(`flourish-prompt|daily-review|${day}|${day}`, {
        type: 'basic',
        iconUrl: api.runtime.getURL('/icon/128.png'),
        title: 'How did today go?',
        message: '0 of 1 done',
        requireInteraction: true,
      });
      localStorage.setItem('flourish:draft:vision:looks-like', 'The team decides without me, and');
    }, today);
    await expect.poll(() => fresh.badgeText()).toBe('1');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('flourish:newtab-snapshot') ?? ''))
      .toContain('shape what comes next');
    await expect.poll(async () => (await outside(page)).notifications).toHaveLength(1);
    expect(await outside(page)).not.toEqual(freshInstall);

    await page.getByRole('link', { name: 'Your data' }).click();
    await page.getByLabel('Type “delete” to confirm').fill('delete');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Flourish' }).waitFor();

    const tables = await dumpDatabase(page);
    for (const [name, rows] of Object.entries(tables)) expect(rows, name).toEqual([]);
    expect(await readStorage(page, 'settings')).toBeUndefined();
    await expect.poll(() => outside(page)).toEqual(freshInstall);
    // The options page writes the new tab's snapshot again, as on a fresh install: of nothing.
    const kept = await page.evaluate(() => Object.entries(localStorage));
    expect(kept.map(([key]) => key).filter((key) => key !== 'flourish:newtab-snapshot')).toEqual([]);
    expect(JSON.stringify(kept)).not.toMatch(/shape what comes next|Board update|decides without me/);
  });
});
