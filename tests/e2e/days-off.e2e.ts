/**
 * A week off that includes today, marked in Settings: the worker moves its prompt past the week
 * (so the review time passing today shows nothing), Insights counts none of the days off as missed,
 * and the new tab says it is a day off from its first paint. Every day is a workday here, so each
 * day off would otherwise be asked for; the browsers run where it is about midday (./clock).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { zonedTime, zonedToday } from './clock';
import { readStorage, seedTables } from './db';
import { launchExtension, type ExtensionSession } from './harness';

/** The day `offset` days from today, in the browsers' zone. */
const day = (offset: number) => zonedToday().add({ days: offset }).toString();
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

interface Chrome {
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
}
type WithChrome = typeof globalThis & { chrome: Chrome };

let session: ExtensionSession;
let settings: Page;

/** The day and time the prompt alarm is set for, in the browsers' zone; null for none. */
const promptAlarm = () =>
  settings.evaluate(async () => {
    const alarm = await (globalThis as WithChrome).chrome.alarms.get('flourish:prompt');
    if (!alarm) return null;
    const at = new Date(alarm.scheduledTime);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
  });

beforeAll(async () => {
  session = await launchExtension({
    settings: { workdays: EVERY_DAY, reviewTime: '23:00', morningTime: null, weeklyReviewDay: null },
  });
  const installed = await session.waitForPage(/options\.html/);
  await installed.getByRole('heading', { level: 1 }).waitFor();
  await installed.close();
  settings = await session.openPage('options.html#/settings');
  await settings.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  // Two workdays reviewed before the week off, so Insights counts from five days ago.
  const review = (d: string) => ({
    day: d,
    completedAt: 1,
    outcomes: [],
    wentWell: '',
    strengthsUsed: [],
    learned: '',
    tomorrowFocus: '',
    updatedAt: 1,
  });
  const done = (d: string) => ({
    id: `c-${d}`,
    day: d,
    title: `Done on ${d}`,
    status: 'done',
    order: 1,
    createdAt: 1,
    updatedAt: 1,
  });
  await seedTables(settings, {
    commitments: [done(day(-5)), done(day(-4))],
    reviews: [review(day(-5)), review(day(-4))],
  });
});

afterAll(async () => {
  await session?.close();
});

describe('a week off that includes today', () => {
  it('is marked in Settings, and the worker moves its prompt past it at once', async () => {
    expect(await promptAlarm()).toBe(`${day(0)} 23:00`);
    await settings.getByLabel('First day').fill(day(-3));
    await settings.getByLabel('Last day').fill(day(3));
    await settings.getByLabel('What it is (optional)').fill('Winter holiday');
    await settings.getByLabel('What it is (optional)').press('Enter');
    await settings.getByText('· Winter holiday').waitFor();
    await expect.poll(promptAlarm).toBe(`${day(4)} 23:00`);
    expect(await axeViolations(settings)).toEqual([]);
  });

  it('shows no prompt when the review time passes today, and no review waits on the badge', async () => {
    // The first whole minute after the install: a review time the install day has (firstReviewDay),
    // already passed or about to. Without the days off, tonight's review would be due now or then.
    const installedAt = ((await readStorage(settings, 'prompts')) as { installedAt: number }).installedAt;
    const reviewTime = zonedTime(Math.ceil((installedAt + 1) / 60_000) * 60_000);
    await settings.evaluate(async (time) => {
      const local = (globalThis as WithChrome).chrome.storage.local;
      const { settings: stored } = await local.get('settings');
      await local.set({ settings: { ...(stored as object), reviewTime: time } });
    }, reviewTime);
    await expect.poll(promptAlarm).toBe(`${day(4)} ${reviewTime}`);
    expect(
      await settings.evaluate(async () =>
        Object.keys(await (globalThis as WithChrome).chrome.notifications.getAll()),
      ),
    ).toEqual([]);
    expect(await session.badgeText()).not.toBe('!');
  });

  it('counts none of the days off as missed in Insights', async () => {
    const page = await session.openPage('options.html#/insights/4w');
    const count = page.locator('#calendar-title + .hint');
    await expect.poll(() => count.textContent()).toBe('2 of 2 workdays reviewed.');
    const streak = page.locator('.headline > div').filter({ hasText: 'Review streak' }).locator('dd');
    await expect.poll(() => streak.textContent()).toBe('2workdays in a row');
    expect(await page.locator('.calendar-cell.day-off').count()).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('says so on the new tab, from its first paint on', async () => {
    const text = 'Day off — Winter holiday. Nothing is asked of you today.';
    const first = await session.openPage('newtab.html');
    await first.getByText(text).waitFor();
    await first.close();
    // The snapshot the first paint of the next new tab reads (drawn by paint-snapshot) holds it.
    const page = await session.openPage('newtab.html');
    const snapshot = await page.evaluate(() => localStorage.getItem('flourish:newtab-snapshot'));
    expect(JSON.parse(snapshot!)).toMatchObject({ day: day(0), dayOff: 'Winter holiday' });
    await page.getByText(text).waitFor();
    // The quick add is there for whoever wants it, but asks for nothing (once the app has taken over
    // from the first paint, which has no field).
    await page.getByLabel('Add a commitment').waitFor();
    expect(await page.getByLabel('What will you commit to today?').count()).toBe(0);
    await page.close();
  });
});
