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
