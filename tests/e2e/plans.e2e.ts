/**
 * Obstacles become plans, in Chromium: a review written the morning after, of a day meetings got in
 * the way again, carries to today and offers a plan; written, it shows with the commitment in the
 * popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { zonedToday } from './clock';
import { seedTables } from './db';
import { launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
const yesterday = zonedToday().subtract({ days: 1 }).toString();
const threeDaysAgo = zonedToday().subtract({ days: 3 }).toString();
const row = { status: 'open', order: 1, createdAt: 1, updatedAt: 1 };

beforeAll(async () => {
  // Every day a workday, so yesterday's carry comes to today; today's review not yet due.
  session = await launchExtension({
    settings: { workdays: [0, 1, 2, 3, 4, 5, 6], weeklyReviewDay: null, reviewTime: '23:59' },
  });
  const options = await session.waitForPage(/options\.html/);
  await options.getByRole('heading', { level: 1 }).waitFor();
  await seedTables(options, {
    commitments: [
      { ...row, id: 'inbox', day: threeDaysAgo, title: 'Clear the inbox', status: 'not-done' },
      { ...row, id: 'board', day: yesterday, title: 'Write the board update' },
    ],
    reviews: [
      {
        day: threeDaysAgo,
        completedAt: 1,
        outcomes: [{ commitmentId: 'inbox', status: 'not-done', obstacle: 'meetings', decision: 'drop' }],
        wentWell: '',
        strengthsUsed: [],
        learned: '',
        tomorrowFocus: '',
        updatedAt: 1,
      },
    ],
  });
  await options.close();
});

afterAll(async () => {
  await session?.close();
});

describe('obstacles become plans', () => {
  it('offers a plan when meetings stop a commitment again, and the popup shows it with the carried commitment', async () => {
    const review = await session.openPage(`review.html?day=${yesterday}`);
    const board = review.getByRole('group', { name: 'Write the board update' });
    await board.getByRole('radio', { name: 'Not done' }).check();
    await board.getByRole('radio', { name: 'Meetings and interruptions' }).check();
    await review.getByRole('button', { name: 'Continue' }).click();
    await review.getByRole('button', { name: 'Finish review' }).click();

    const offer = review.getByRole('region', { name: 'Plan for “Write the board update”' });
    await offer.getByText('got in the way 2 times in the last two weeks', { exact: false }).waitFor();
    expect(await offer.getByLabel('When').inputValue()).toBe(
      'meetings or interruptions start to crowd out “Write the board update”',
    );
    expect(await axeViolations(review)).toEqual([]);
    await offer.getByLabel('I will').fill('write it at 8 am, before email');
    await offer.getByLabel('I will').press('Enter');
    await review.getByText('Plan saved for “Write the board update”.', { exact: false }).waitFor();

    const popup = await session.openPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup
      .getByText(
        'When meetings or interruptions start to crowd out “Write the board update”, I will write it at 8 am, before email.',
      )
      .waitFor();
    // Planned, it is offered no more.
    expect(await popup.getByRole('region', { name: /Plan for/ }).count()).toBe(0);
  });
});
