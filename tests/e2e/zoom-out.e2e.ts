import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { zonedToday } from './clock';
import { readTable, seedTables } from './db';
import { NO_REVIEW_DAYS, launchSetUp, type ExtensionSession } from './harness';
import { tabAndPress, tabTo } from './keyboard';

// Last week, in the browser's zone: the zoom-out looks back on it, and Insights' four weeks hold it.
const monday = zonedToday().subtract({ days: 7 + zonedToday().dayOfWeek - 1 });
const WEEK = `${monday.yearOfWeek}-W${String(monday.weekOfYear).padStart(2, '0')}`;
const day = (offset: number) => monday.add({ days: offset }).toString();
const GOAL = 'Board trusts the plan';

let session: ExtensionSession;
let zoomOut: Page;

beforeAll(async () => {
  session = await launchSetUp({ settings: NO_REVIEW_DAYS });
  zoomOut = await session.openPage(`review.html?week=${WEEK}`);
  await zoomOut.getByRole('heading', { name: 'Your week, from above' }).waitFor();
  // A goal, last Monday's commitment for it missed in meetings, and a review with energy and stress.
  await seedTables(zoomOut, {
    goals: [
      {
        id: 'g1',
        title: GOAL,
        why: '',
        successMeasure: '',
        status: 'active',
        order: 1,
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    commitments: [
      {
        id: 'c1',
        day: day(0),
        title: 'Draft the plan',
        goalId: 'g1',
        status: 'not-done',
        order: 1,
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    reviews: [
      {
        day: day(0),
        completedAt: 1,
        outcomes: [{ commitmentId: 'c1', status: 'not-done', obstacle: 'meetings' }],
        wentWell: 'Calm one-to-ones',
        strengthsUsed: [],
        learned: '',
        tomorrowFocus: '',
        energy: 4,
        stress: 2,
        updatedAt: 1,
      },
    ],
  });
  await zoomOut.reload();
});

afterAll(async () => {
  await session?.close();
});

describe('the weekly zoom-out from above, in Chromium', () => {
  it('shows the week: its obstacle and its day by day', async () => {
    await zoomOut.getByText('Meetings and interruptions: stopped 1 commitment').waitFor();
    const table = zoomOut.getByRole('table', { name: /Energy and stress, day by day/ });
    await table.getByRole('cell', { name: '4 · Good' }).waitFor();
    expect(await table.getByRole('cell', { name: 'No review' }).count()).toBe(6);
  });

  it('rates a goal +1 by keyboard alone, and finishes', async () => {
    const group = zoomOut.getByRole('group', { name: GOAL });
    // Tab into the group (its first choice, none chosen yet), then along it with the arrow keys.
    await tabTo(zoomOut, group.getByRole('radio', { name: '−2 Much less than expected' }));
    for (let i = 0; i < 3; i++) await zoomOut.keyboard.press('ArrowRight');
    await expect
      .poll(() => group.getByRole('radio', { name: '+1 Somewhat more than expected' }).isChecked())
      .toBe(true);
    await tabAndPress(zoomOut, zoomOut.getByRole('button', { name: 'Save weekly review' }));
    await zoomOut.getByText('Weekly review saved.').waitFor();
    const [row] = await readTable<{ week: string; goalRatings?: unknown[]; completedAt?: number }>(
      zoomOut,
      'weeklyReviews',
    );
    expect(row).toMatchObject({ week: WEEK, goalRatings: [{ goalId: 'g1', rating: 1 }] });
    expect(row?.completedAt).toBeGreaterThan(0);
    expect(await axeViolations(zoomOut)).toEqual([]);
  });

  it('shows the rating in Insights, honest that one rating is no trend', async () => {
    const insights = await session.openPage('options.html#/insights/4w');
    const figure = insights.getByRole('figure', { name: 'Goals as you rated them' });
    await figure.getByText(/^Only 1 rating so far: too few to read a trend\./).waitFor();
    await figure.getByText('Show the numbers').click();
    const table = figure.getByRole('table', { name: 'Goal ratings per week, −2 to +2' });
    expect(await table.locator('thead th').allTextContents()).toEqual(['Week', GOAL]);
    // From the first day with data (last Monday): last week holds the rating, this week is a gap.
    expect(await table.locator('tbody td').allTextContents()).toEqual(['+1', '–']);
    expect(await axeViolations(insights)).toEqual([]);
  });
});
