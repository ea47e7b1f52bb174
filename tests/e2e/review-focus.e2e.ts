/**
 * What the review says comes back, in Chromium: yesterday's review (written this morning, as a
 * late one is) marks a commitment not done, waiting on others, carries it and sets a focus; the
 * popup and the new tab then show the focus and where the carried commitment came from. The strength
 * of the day becomes today's commitment in one click. The clock cannot be moved here (the browser's
 * alarms need real time), so "the next morning" is yesterday's review seen today.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { zonedToday } from './clock';
import { readTable, seedTables } from './db';
import { launchExtension, type ExtensionSession } from './harness';

const TOP_FIVE = ['perspective', 'leadership', 'honesty', 'hope', 'zest'];
const TITLE = 'Send Priya the hiring brief';
const FOCUS = 'Decide the hiring plan before lunch, then call Marco.';

let session: ExtensionSession;
let yesterday: string;
/** How the pages name yesterday beside a carried commitment: "carried from Tue". */
let carriedFrom: string;

beforeAll(async () => {
  yesterday = zonedToday().subtract({ days: 1 }).toString();
  const weekday = new Date(`${yesterday}T12:00:00Z`).toLocaleDateString('en-US', {
    weekday: 'short',
    timeZone: 'UTC',
  });
  carriedFrom = `carried from ${weekday} · waiting on others`;
  // Every day a workday, and today's review not due: nothing waits in front of what is checked.
  session = await launchExtension({
    settings: { workdays: [0, 1, 2, 3, 4, 5, 6], weeklyReviewDay: null, reviewTime: '23:59' },
  });
  const options = await session.waitForPage(/options\.html/);
  await options.getByRole('heading', { level: 1 }).waitFor();
  await seedTables(options, {
    strengths: TOP_FIVE.map((id, index) => ({ id, rank: index + 1, note: '', updatedAt: 1 })),
    commitments: [
      { id: 'brief', day: yesterday, title: TITLE, status: 'open', order: 1, createdAt: 1, updatedAt: 1 },
    ],
  });
});

afterAll(async () => {
  await session?.close();
});

describe('the morning after a review', () => {
  it('reviews yesterday: not done, waiting on others, carried, and a focus for today', async () => {
    const review = await session.openPage(`review.html?day=${yesterday}`);
    const card = review.getByRole('group', { name: TITLE });
    await card.getByRole('radio', { name: 'Not done' }).check();
    await card.getByRole('radio', { name: 'Waiting on others' }).check();
    expect(await card.getByRole('radio', { name: /^Carry to/ }).isChecked()).toBe(true);
    await review.getByRole('button', { name: 'Continue' }).click();
    await review.getByLabel('Tomorrow’s focus').fill(FOCUS);
    await review.getByRole('button', { name: 'Finish review' }).click();
    await review.getByRole('heading', { name: 'Review saved' }).waitFor();
    await review.close();
  });

  it('the popup shows today’s focus at the top and where the carried commitment came from', async () => {
    const popup = await session.openPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    const focus = popup.locator('.focus-line', { hasText: 'Today’s focus' });
    expect(await focus.locator('dd').textContent()).toBe(FOCUS);
    const row = popup.getByRole('listitem').filter({ has: popup.getByRole('checkbox', { name: TITLE }) });
    await row.getByText(carriedFrom, { exact: true }).waitFor();
    await popup.close();
  });

  it('the new tab shows them too, and makes the strength of the day today’s commitment in one click', async () => {
    const tab: Page = await session.context.newPage();
    await tab.goto('chrome://newtab/');
    await tab.getByLabel('Add a commitment').waitFor();
    expect(await tab.locator('.focus-line', { hasText: 'Today’s focus' }).locator('dd').textContent()).toBe(
      FOCUS,
    );
    await tab.locator('.checklist li', { hasText: TITLE }).getByText(carriedFrom, { exact: true }).waitFor();

    const spotlight = tab.getByRole('complementary', { name: /^Strength of the day: / });
    const idea = (await spotlight.locator('p').textContent())!;
    // The top five's names are their ids, capitalised: "Strength of the day: Zest" is `zest`.
    const strength = (await spotlight.getByRole('heading').textContent())!.split(': ')[1]!.toLowerCase();
    await spotlight.getByRole('button', { name: 'Make it today’s commitment' }).click();
    await tab.getByRole('checkbox', { name: idea }).waitFor();
    // A second press (the button keeps focus) adds nothing more.
    await spotlight.getByRole('button', { name: 'On today’s list' }).press('Enter');
    const today = zonedToday().toString();
    const stored = await readTable<{ day: string; title: string; order: number; strengthId?: string }>(
      tab,
      'commitments',
    );
    const rows = stored
      .filter((c) => c.day === today)
      .sort((a, b) => a.order - b.order)
      .map((c) => [c.title, c.strengthId]);
    expect(rows).toEqual([
      [TITLE, undefined],
      [idea, strength],
    ]);
    expect(await axeViolations(tab)).toEqual([]);
  });
});
