import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { TEST_ZONE, zonedTime, zonedToday } from './clock';
import { readStorage, readTable, seedTables } from './db';
import { launchExtension, writeSettings, type ExtensionSession } from './harness';
import { tabAndPress, tabTo } from './keyboard';
import { overflowingElements } from './layout';

/** Every day is a workday here, so the test does not depend on the weekday it runs on. */
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

let session: ExtensionSession;
let page: Page;
/** The review page, answered in one test and finished in the next. */
let review: Page;
let today: string;
let tomorrow: string;

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
}

interface Chrome {
  alarms: {
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
    create(name: string, info: { when: number }): Promise<void>;
  };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  action: { getBadgeText(details: object): Promise<string> };
}

const notifications = () =>
  page.evaluate(async () =>
    Object.keys(await (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll()),
  );
const promptAlarm = () =>
  page.evaluate(
    async () =>
      (await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('flourish:prompt'))
        ?.scheduledTime,
  );

beforeAll(async () => {
  // The browser runs where it is about midday (clock.ts): a review time minutes ahead is today's.
  today = zonedToday().toString();
  tomorrow = zonedToday().add({ days: 1 }).toString();

  session = await launchExtension({
    settings: { workdays: EVERY_DAY, weeklyReviewDay: null, reviewTime: '23:59' },
  });
  const worker = await session.worker();
  expect(await worker.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(TEST_ZONE);
  page = await session.openPage('options.html#/settings');
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  // Installing prompts for nothing, whatever the time the suite runs: a day is reviewable only when
  // Flourish was installed before its review time, which the next test moves to just ahead.
  expect(await notifications()).toEqual([]);
});

afterAll(async () => {
  await session?.close();
});

describe('the end-of-day loop in Chromium', () => {
  it('commits to three actions and ticks one', async () => {
    const popup = await session.openPage('popup.html');
    for (const title of ['Write the board update', 'Give Sam feedback', 'Clear the inbox']) {
      await popup.getByLabel('Commit to an action').fill(title);
      await popup.getByLabel('Commit to an action').press('Enter');
      await popup.getByRole('checkbox', { name: title }).waitFor();
    }
    await popup.getByRole('checkbox', { name: 'Write the board update' }).check();
    await popup.getByText('1 of 3 done').waitFor();
    await popup.close();
  });

  it('schedules the prompt at the review time set in Settings', async () => {
    // At least two minutes ahead, on a whole minute: further than the minute within which a prompt
    // counts as due already, whatever the second the test reaches this line.
    const next = Math.ceil((Date.now() + 120_000) / 60_000) * 60_000;
    await page.getByLabel('Review time').fill(zonedTime(next));
    await page.getByText('Saved').waitFor();
    await expect.poll(promptAlarm).toBe(next);
  });

  it('fires the alarm moved 2 s ahead after the service worker was stopped, and prompts once', async () => {
    const worker = await session.worker();
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.alarms.create('flourish:prompt', {
        when: Date.now() + 2000,
      }),
    );
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    const id = `flourish-prompt|daily-review|${today}|${today}`;
    await expect.poll(notifications, { timeout: 15_000 }).toEqual([id]);
    // Once: the restarted worker has moved on to tomorrow's prompt and shows nothing more.
    await expect.poll(promptAlarm, { timeout: 10_000 }).toBeGreaterThan(Date.now() + 60 * 60_000);
    expect(await notifications()).toEqual([id]);
    expect(await readStorage(page, 'prompts')).toMatchObject({ shown: { 'daily-review': today } });
    await expect.poll(() => session.badgeText()).toBe('!');
  });

  it('answers for each commitment by keyboard alone: not done, what got in the way, carry or drop', async () => {
    review = await session.openPage(`review.html?day=${today}`);
    await review.getByRole('heading', { name: 'How did today go?' }).waitFor();

    const sam = review.getByRole('group', { name: 'Give Sam feedback' });
    await tabTo(review, sam.getByRole('radio', { name: 'Done', exact: true }));
    await review.keyboard.press('ArrowRight');
    await tabTo(review, sam.getByRole('radio', { name: 'Meetings and interruptions' }));
    await review.keyboard.press('Space');

    const inbox = review.getByRole('group', { name: 'Clear the inbox' });
    await tabTo(review, inbox.getByRole('radio', { name: 'Done', exact: true }));
    await review.keyboard.press('ArrowRight');
    await tabTo(review, inbox.getByRole('radio', { name: 'Meetings and interruptions' }));
    for (let step = 0; step < 3; step++) await review.keyboard.press('ArrowRight');
    expect(await inbox.getByRole('radio', { name: 'Low energy' }).isChecked()).toBe(true);
    await tabTo(review, inbox.getByRole('radio', { name: /Carry to/ }));
    await review.keyboard.press('ArrowRight');
    await review.keyboard.press('ArrowRight');
    expect(await inbox.getByRole('radio', { name: 'Drop it' }).isChecked()).toBe(true);

    expect(await axeViolations(review)).toEqual([]);
    await tabAndPress(review, review.getByRole('button', { name: 'Continue' }));
    await review.getByRole('heading', { name: 'Reflect' }).waitFor();
  });

  it('reflects and finishes the review by keyboard alone', async () => {
    await tabTo(review, review.getByLabel('What went well?'));
    await review.keyboard.type('The board update landed well.');
    await tabTo(review, review.getByRole('group', { name: 'Energy today' }).getByRole('radio').first());
    for (let step = 0; step < 3; step++) await review.keyboard.press('ArrowRight');
    await tabTo(review, review.getByRole('group', { name: 'Stress today' }).getByRole('radio').first());
    await review.keyboard.press('ArrowRight');
    expect(await axeViolations(review)).toEqual([]);
    await tabAndPress(review, review.getByRole('button', { name: 'Finish review' }));

    await review.getByRole('heading', { name: 'Review saved' }).waitFor();
    await review.getByText(/1 of 3 done\. 1 carried to/).waitFor();
  });

  it('puts the carried commitment on the next day’s list and keeps the history', async () => {
    interface Row {
      id: string;
      day: string;
      title: string;
      status: string;
      carriedFrom?: string;
    }
    const rows = await readTable<Row>(page, 'commitments');
    const original = rows.find((c) => c.day === today && c.title === 'Give Sam feedback')!;
    expect(original.status).toBe('not-done');
    const carried = rows.filter((c) => c.day === tomorrow);
    expect(carried.map((c) => [c.title, c.status, c.carriedFrom])).toEqual([
      ['Give Sam feedback', 'open', original.id],
    ]);

    const [saved] = await readTable<{
      outcomes: { commitmentId: string; obstacle?: string }[];
      energy: number;
      stress: number;
    }>(page, 'reviews');
    expect(saved?.outcomes.find((o) => o.commitmentId === original.id)?.obstacle).toBe('meetings');
    expect(saved).toMatchObject({ energy: 4, stress: 2 });
    await expect.poll(() => session.badgeText()).toBe('');
  });

  it('shows a commitment reviewed as not done as settled in the popup, where it can no longer be ticked', async () => {
    const popup = await session.openPage('popup.html');
    const sam = popup.getByRole('checkbox', { name: 'Give Sam feedback' });
    await popup.getByText('Not done (reviewed)').first().waitFor();
    expect(await sam.isDisabled()).toBe(true);
    expect(await popup.getByRole('checkbox', { name: 'Write the board update' }).isChecked()).toBe(true);
    await popup.close();
  });

  it('writes the weekly zoom-out', async () => {
    const week = await session.openPage('review.html?week=2026-W48');
    await week.getByRole('heading', { name: 'Your week, from above' }).waitFor();
    await week.getByLabel('Wins').fill('Board update landed');
    // "Next week" or, looking back on last week, "This week".
    await week.getByLabel(/week’s focus/).fill('Two focus mornings');
    await week.getByRole('button', { name: 'Save weekly review' }).click();
    await week.getByText('Weekly review saved.').waitFor();
    expect(await axeViolations(week)).toEqual([]);
    const [row] = await readTable<{ week: string; wins: string; completedAt?: number }>(
      week,
      'weeklyReviews',
    );
    expect(row).toMatchObject({ week: '2026-W48', wins: 'Board update landed' });
    expect(row?.completedAt).toBeGreaterThan(0);
  });

  it('offers days older than three as one review-or-skip choice on the new tab', async () => {
    const tenDaysAgo = zonedToday().subtract({ days: 10 }).toString();
    await page.evaluate(async (day) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage
        .local;
      const { prompts } = await local.get('prompts');
      // Dated by its day alone (no install instant to work the first day out from again).
      await local.set({ prompts: { ...(prompts as object), firstDay: day, installedAt: null } });
    }, tenDaysAgo);
    const newTab = await session.context.newPage();
    await newTab.goto('chrome://newtab/');
    const banner = newTab.getByRole('region', { name: /is waiting/ });
    await banner.getByText('7 earlier days were not reviewed.', { exact: false }).waitFor();
    expect(await axeViolations(newTab)).toEqual([]);
    await banner.getByRole('button', { name: 'Skip them' }).click();
    await banner.getByText('earlier days were not reviewed', { exact: false }).waitFor({ state: 'detached' });
    // The three most recent days are still offered one by one.
    await banner.getByRole('link', { name: 'Review now' }).waitFor();
    const reviews = await readTable<{ day: string; skipped?: boolean }>(newTab, 'reviews');
    expect(reviews.filter((r) => r.skipped)).toHaveLength(7);
    await newTab.close();
  });

  it('reviews a waiting day in the popup, every screen of it within the popup’s 400 px', async () => {
    // Yesterday is the weekly zoom-out's day, so its saved review offers that too: the most buttons.
    await writeSettings(await session.worker(), {
      weeklyReviewDay: zonedToday().subtract({ days: 1 }).dayOfWeek % 7, // Temporal: Sunday is 7
    });
    const popup = await session.openPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByRole('button', { name: 'Review now' }).click();
    // Nothing was committed that day: the review is its one reflection step.
    await popup.getByRole('heading', { name: 'Look back on the day' }).waitFor();
    expect(await overflowingElements(popup)).toEqual([]);
    await popup.getByLabel('What went well?').fill('A quiet day for thinking.');
    await popup.getByRole('button', { name: 'Finish review' }).click();
    await popup.getByRole('heading', { name: 'Review saved' }).waitFor();
    await popup.getByRole('link', { name: 'Zoom out on your week' }).waitFor();
    expect(await overflowingElements(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Back to today' }).click();
    await popup.getByLabel('Commit to an action').waitFor();
    expect(await overflowingElements(popup)).toEqual([]);
    await popup.close();
  });

  it('reviews a long-titled commitment in the popup: it wraps, its strength starts ticked, and the end recaps the day', async () => {
    // Two days ago is still waiting (yesterday was reviewed above, older days skipped).
    const day = zonedToday().subtract({ days: 2 }).toString();
    const title =
      'Prepare the quarterly board update with the revised forecast, the hiring plan and the risk register';
    await seedTables(page, {
      commitments: [
        {
          id: 'long-title',
          day,
          title,
          status: 'open',
          order: 1,
          createdAt: 1,
          updatedAt: 1,
          strengthId: 'zest',
        },
      ],
    });
    const popup = await session.openPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByRole('button', { name: 'Review now' }).click();
    const card = popup.getByRole('group', { name: title });
    await card.getByRole('radio', { name: 'Done', exact: true }).check();
    expect(await overflowingElements(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Continue' }).click();
    await popup.getByRole('heading', { name: 'Reflect' }).waitFor();
    expect(await popup.getByRole('checkbox', { name: 'Zest' }).isChecked()).toBe(true);
    await popup.getByLabel('Tomorrow’s focus').fill('Two focus mornings');
    await popup.getByRole('button', { name: 'Finish review' }).click();
    await popup.getByRole('heading', { name: 'Review saved' }).waitFor();
    const recap = popup.locator('.review-recap');
    await recap.getByText(title).waitFor();
    await recap.getByText('Two focus mornings').waitFor();
    expect(await overflowingElements(popup)).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it.each(['light', 'dark'] as const)(
    'the settings page has no axe-core violations in %s mode',
    async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.reload();
      await page.getByLabel('Review time').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
