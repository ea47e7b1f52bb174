/**
 * Nothing leaves the device: with a realistic two months of data, every page and every options
 * section is opened and drawn, and the browser (pages and the background worker, which has been
 * scheduling and updating the badge all along) must have requested nothing outside the extension.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETUP_STEPS } from '../../lib/domain/setup-steps';
import { SECTIONS } from '../../entrypoints/options/router';
import { SETUP_TITLES } from '../../entrypoints/options/setup/step-titles';
import { sampleLeader } from '../support/sample';
import { zonedToday } from './clock';
import { seedTables, seedVisionBoard } from './db';
import { launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
let page: Page;

const today = zonedToday().toString();
/** The last workday (Monday to Friday) before today, and the ISO week before this one. */
let lastWorkday = zonedToday().subtract({ days: 1 });
while (lastWorkday.dayOfWeek > 5) lastWorkday = lastWorkday.subtract({ days: 1 });
const aWeekAgo = zonedToday().subtract({ days: 7 });
const lastWeek = `${aWeekAgo.yearOfWeek}-W${String(aWeekAgo.weekOfYear).padStart(2, '0')}`;

beforeAll(async () => {
  session = await launchExtension();
  // The options page the extension opens on install, at the start of setup.
  page = await session.waitForPage(/options\.html/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await seedTables(page, { ...sampleLeader(today) });
  await seedVisionBoard(page, ['Calm Mondays', 'The team leading', 'Home by seven']);
  // Rows written straight to IndexedDB are read by pages loaded after them.
  await page.reload();
});

afterAll(async () => {
  await session?.close();
});

const url = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

async function openAndWait(path: string, ready: (page: Page) => Promise<unknown>) {
  await page.goto(url(path));
  await ready(page);
}

const heading = (target: Page) => target.getByRole('heading', { level: 1 }).first().waitFor();

describe('privacy, in Chromium', () => {
  // Moving between `#/…` routes keeps the page and its old h1: each step waits for its own heading.
  it.each(SETUP_STEPS)('setup step %s', async (step) => {
    await openAndWait(`options.html#/setup/${step}`, (target) =>
      target.getByRole('heading', { level: 1, name: SETUP_TITLES[step].title, exact: true }).waitFor(),
    );
  });

  it.each(SECTIONS.map((section) => section.id))('options section %s', async (section) => {
    await openAndWait(`options.html#/${section}`, async (target) => {
      await target
        .getByRole('heading', { level: 1, name: SECTIONS.find((s) => s.id === section)!.title })
        .waitFor();
      if (section === 'insights') {
        await target.waitForFunction(() => {
          const charts = document.querySelectorAll('canvas').length;
          return charts > 0 && performance.getEntriesByName('flourish:chart-drawn').length === charts;
        });
      }
      if (section === 'summary') await target.getByRole('article', { name: 'Summary preview' }).waitFor();
      if (section === 'vision')
        await target
          .getByRole('list', { name: 'Pictures on your vision board' })
          .getByRole('img')
          .first()
          .waitFor();
    });
  });

  it('the new tab, with the vision board', async () => {
    await openAndWait('newtab.html', async (target) => {
      await target
        .getByText('A leadership team that runs the business with confidence', { exact: false })
        .first()
        .waitFor();
      await target.locator('main img').first().waitFor();
    });
  });

  it('the popup', async () => {
    await openAndWait('popup.html', (target) =>
      target.waitForFunction(() => performance.getEntriesByName('flourish:ready').length > 0),
    );
  });

  it('the daily and weekly review pages', async () => {
    await openAndWait(`review.html?day=${lastWorkday}`, heading);
    await openAndWait(`review.html?week=${lastWeek}`, heading);
  });

  it('requested nothing outside the extension on any of them', () => {
    expect(session.networkRequests()).toEqual([]);
  });

  it('would have noticed a request: one made on purpose is caught, and Flourish’s page and worker cannot make one', async () => {
    // The content security policy refuses a fetch from the extension before it reaches the network…
    const refused = () =>
      fetch('https://example.invalid/flourish-probe').then(
        () => 'sent',
        () => 'refused',
      );
    expect(await page.evaluate(refused)).toBe('refused');
    expect(await (await session.worker()).evaluate(refused)).toBe('refused');
    // …so the probe that shows this check would see a request comes from a page without that policy.
    const blank = await session.context.newPage();
    await blank.evaluate(() => fetch('https://example.invalid/blank-probe').catch(() => undefined));
    await expect
      .poll(() => session.networkRequests(), { timeout: 10_000 })
      .toEqual(['https://example.invalid/blank-probe']);
    await blank.close();
  });
});
