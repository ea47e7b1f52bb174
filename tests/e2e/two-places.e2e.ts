/**
 * The same data open in two places in real Chromium, where each page has its own database
 * connection and hears of the other's writes only through the browser: the review in the popup and
 * in a tab, the settings in two tabs. Nothing typed in one is lost to a save in the other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zonedToday } from './clock';
import { readStorage, readTable } from './db';
import { launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
let today: string;

beforeAll(async () => {
  today = zonedToday().toString();
  // No workdays and no prompts: nothing waiting or prompting can come in front of what is checked.
  session = await launchExtension({ settings: { workdays: [], weeklyReviewDay: null } });
});

afterAll(async () => {
  await session?.close();
});

describe('a review open in the popup and in a tab', () => {
  it('keeps what went well, typed in one, when the other saves what was learned', async () => {
    const popup = await session.openPage(`review.html?day=${today}`);
    const tab = await session.openPage(`review.html?day=${today}`);
    await popup.getByLabel('What went well?').fill('Offsite went well');
    await expect.poll(async () => (await readTable(popup, 'reviews'))[0]?.wentWell).toBe('Offsite went well');
    // The tab, untouched in that field, shows what the popup saved.
    await expect.poll(() => tab.getByLabel('What went well?').inputValue()).toBe('Offsite went well');

    await tab.getByLabel('What did I learn?').fill('Ask earlier');
    await expect.poll(async () => (await readTable(tab, 'reviews'))[0]?.learned).toBe('Ask earlier');
    expect((await readTable(tab, 'reviews'))[0]).toMatchObject({
      wentWell: 'Offsite went well',
      learned: 'Ask earlier',
    });
    await expect.poll(() => popup.getByLabel('What did I learn?').inputValue()).toBe('Ask earlier');
    await popup.close();
    await tab.close();
  });
});

describe('words left by a page that closed before saving them', () => {
  it('are back at once when the review is reloaded straight after typing', async () => {
    const page = await session.openPage(`review.html?day=${today}`);
    await page.getByLabel('What went well?').fill('Typed, then reloaded');
    await page.reload();
    // Saved before the page went, or taken over from its draft by the page that replaced it.
    await expect.poll(() => page.getByLabel('What went well?').inputValue()).toBe('Typed, then reloaded');
    await expect
      .poll(async () => (await readTable(page, 'reviews'))[0]?.wentWell)
      .toBe('Typed, then reloaded');
    await page.close();
  });

  it('are taken over at once when their page is gone, and left to their page while it is open', async () => {
    const open = await session.openPage(`review.html?day=${today}`);
    await open.getByLabel('Tomorrow’s focus').waitFor();
    // Two drafts: one just typed by a page that has closed, one typed a minute ago by the page still
    // open (whose save is slow): only the browser's word on which page is open tells them apart.
    await open.evaluate(async (day) => {
      const { held = [] } = await navigator.locks.query();
      const pages = held.map((lock) => lock.name ?? '').filter((name) => name.startsWith('flourish-page:'));
      if (pages.length !== 1) throw new Error(`expected one open page, found ${pages.length}`);
      const live = pages[0]!.slice('flourish-page:'.length);
      const draft = (value: string, at: number) => JSON.stringify({ value, at });
      localStorage.setItem(
        `flourish:draft:review.${day}|learned|a-closed-page`,
        draft('Left behind', Date.now()),
      );
      localStorage.setItem(
        `flourish:draft:review.${day}|tomorrowFocus|${live}`,
        draft('Still being typed', Date.now() - 60_000),
      );
    }, today);

    const other = await session.openPage(`review.html?day=${today}`);
    await expect.poll(() => other.getByLabel('What did I learn?').inputValue()).toBe('Left behind');
    await expect.poll(async () => (await readTable(other, 'reviews'))[0]?.learned).toBe('Left behind');
    expect(await other.getByLabel('Tomorrow’s focus').inputValue()).toBe('');

    // Once its page has gone, its words are saved too.
    await open.close();
    await expect.poll(() => other.getByLabel('Tomorrow’s focus').inputValue()).toBe('Still being typed');
    await expect
      .poll(async () => (await readTable(other, 'reviews'))[0]?.tomorrowFocus)
      .toBe('Still being typed');
    await other.close();
  });
});

describe('settings open in two tabs', () => {
  it('keeps Monday unticked in one tab when Saturday is ticked in the other', async () => {
    const first = await session.openPage('options.html#/settings');
    const second = await session.openPage('options.html#/settings');
    for (const page of [first, second])
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await first.getByRole('checkbox', { name: 'Monday' }).check();
    await expect
      .poll(
        async () => ((await readStorage(first, 'settings')) as { workdays?: number[] } | undefined)?.workdays,
      )
      .toEqual([1]);
    await second.getByRole('checkbox', { name: 'Saturday' }).check();
    await expect
      .poll(
        async () =>
          ((await readStorage(second, 'settings')) as { workdays?: number[] } | undefined)?.workdays,
      )
      .toEqual([1, 6]);
    await first.getByRole('checkbox', { name: 'Monday' }).uncheck();
    await expect
      .poll(
        async () => ((await readStorage(first, 'settings')) as { workdays?: number[] } | undefined)?.workdays,
      )
      .toEqual([6]);
    // Both tabs show the settings as they now are.
    await expect.poll(() => second.getByRole('checkbox', { name: 'Monday' }).isChecked()).toBe(false);
    await expect.poll(() => first.getByRole('checkbox', { name: 'Saturday' }).isChecked()).toBe(true);
  });
});
