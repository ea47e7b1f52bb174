import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { readTable, seedTables } from './db';
import { NO_REVIEW_DAYS, launchExtension, type ExtensionSession } from './harness';
import { tabAndPress, tabTo } from './keyboard';
import { overflowingElements } from './layout';

const TOP_FIVE = ['perspective', 'leadership', 'honesty', 'hope', 'zest'];
const TOP_FIVE_NAMES = ['Perspective', 'Leadership', 'Honesty', 'Hope', 'Zest'];
const GOAL = {
  id: 'goal-1',
  title: 'Manage staff performance',
  why: '',
  successMeasure: '',
  status: 'active',
  order: 1,
  createdAt: 1,
  updatedAt: 1,
};
const COMMITMENTS = ['Give Sam feedback on the launch', 'Write the board update', 'Prep the offsite agenda'];

let session: ExtensionSession;
let popup: Page;

interface StoredCommitment {
  title: string;
  status: string;
  goalId?: string;
  strengthId?: string;
  order: number;
}

const storedCommitments = async (page: Page) =>
  (await readTable<StoredCommitment>(page, 'commitments')).sort((a, b) => a.order - b.order);

beforeAll(async () => {
  session = await launchExtension({ settings: NO_REVIEW_DAYS });
  const options = await session.waitForPage(/options\.html/);
  await options.getByRole('heading', { level: 1 }).waitFor();
  await seedTables(options, {
    goals: [GOAL],
    strengths: TOP_FIVE.map((id, index) => ({ id, rank: index + 1, note: '', updatedAt: 1 })),
    vision: [
      {
        id: 'me',
        statement: 'A leadership team that runs the business while I shape what comes next.',
        looksLike: '',
        feelsLike: 'Unhurried',
        horizons: { now: '', oneYear: '', threeYears: '' },
        updatedAt: 1,
      },
    ],
  });
  popup = await session.openPage('popup.html');
  // The toolbar popup's size: nothing may need sideways scrolling in it.
  await popup.setViewportSize({ width: 400, height: 600 });
});

afterAll(async () => {
  await session?.close();
});

describe('today’s commitments, by keyboard alone', () => {
  it('commits to three actions, linking the first to a goal and a strength', async () => {
    const input = popup.getByLabel('Commit to an action');
    await tabTo(popup, input);
    await popup.keyboard.type(COMMITMENTS[0]!);
    await popup.keyboard.press('Enter');

    const panel = popup.getByRole('region', { name: `Link “${COMMITMENTS[0]}” (optional)` });
    await tabTo(popup, panel.getByLabel('Goal', { exact: true }));
    await popup.keyboard.press('ArrowDown');
    await panel.getByText('Goal linked.').waitFor();
    await tabTo(popup, panel.getByLabel('Strength', { exact: true }));
    await popup.keyboard.press('ArrowDown');
    await panel.getByText(/A new way to use Perspective today/).waitFor();
    expect(await overflowingElements(popup)).toEqual([]);
    await tabAndPress(popup, panel.getByRole('button', { name: 'Done' }));

    for (const title of COMMITMENTS.slice(1)) {
      await tabTo(popup, input);
      await popup.keyboard.type(title);
      await popup.keyboard.press('Enter');
      await popup.getByRole('checkbox', { name: title }).waitFor();
    }
    await expect.poll(async () => (await storedCommitments(popup)).map((c) => c.title)).toEqual(COMMITMENTS);
    expect((await storedCommitments(popup))[0]).toMatchObject({
      goalId: 'goal-1',
      strengthId: 'perspective',
    });
  });

  it('ticks one with the space bar and moves another with Alt and the arrows, focus staying on it', async () => {
    // The list is one Tab stop: the arrow keys go from row to row.
    await tabTo(popup, popup.getByRole('checkbox', { name: COMMITMENTS[0] }));
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Space');
    await popup.getByText('1 of 3 done').waitFor();

    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(async () => (await storedCommitments(popup)).map((c) => c.title))
      .toEqual([COMMITMENTS[0], COMMITMENTS[2], COMMITMENTS[1]]);
    const focused = () => popup.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await expect.poll(focused).toBe(COMMITMENTS[2]);

    // Moving down re-inserts the row itself: focus must still follow it, not fall to the page.
    await popup.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(async () => (await storedCommitments(popup)).map((c) => c.title))
      .toEqual([COMMITMENTS[0], COMMITMENTS[1], COMMITMENTS[2]]);
    await expect.poll(focused).toBe(COMMITMENTS[2]);
    await popup.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(async () => (await storedCommitments(popup)).map((c) => c.title))
      .toEqual([COMMITMENTS[0], COMMITMENTS[2], COMMITMENTS[1]]);
  });

  it('keeps everything after a reload', async () => {
    await popup.reload();
    const list = popup.getByRole('list', { name: 'Today’s commitments' });
    await expect
      .poll(() =>
        list
          .getByRole('checkbox')
          .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).ariaLabel)),
      )
      .toEqual([COMMITMENTS[0], COMMITMENTS[2], COMMITMENTS[1]]);
    expect(await popup.getByRole('checkbox', { name: COMMITMENTS[1] }).isChecked()).toBe(true);
    await popup.getByText('Goal: Manage staff performance').waitFor();
    await list.getByText('Strength: Perspective', { exact: true }).waitFor();
    await popup.getByText('1 of 3 done').waitFor();
    // Each top strength's description opens in full, even for a chip at the popup's right edge.
    const chips = popup.getByRole('list', { name: 'My top strengths' }).getByRole('button');
    for (const chip of await chips.all()) {
      await tabTo(popup, chip);
      await popup.getByRole('tooltip').filter({ visible: true }).waitFor();
      expect(await overflowingElements(popup)).toEqual([]);
    }
  });

  it('shows them on the new tab with the progress and a strength spotlight', async () => {
    const newTab = await session.context.newPage();
    await newTab.goto('chrome://newtab/');
    for (const title of COMMITMENTS) await newTab.getByRole('checkbox', { name: title }).waitFor();
    await newTab.getByText('1 of 3 done').waitFor();
    const spotlight = newTab.getByRole('complementary', { name: /Strength of the day/ });
    const heading = await spotlight.getByRole('heading').textContent();
    expect(TOP_FIVE_NAMES.some((name) => heading === `Strength of the day: ${name}`)).toBe(true);
    await newTab.close();
  });

  it('shows the number of open commitments on the toolbar badge', async () => {
    const badge = () => session.badgeText();
    await expect.poll(badge).toBe('2');
    await popup.getByRole('checkbox', { name: COMMITMENTS[0] }).check();
    await expect.poll(badge).toBe('1');
  });

  it('adds from the new tab’s quick-add field', async () => {
    const newTab = await session.context.newPage();
    await newTab.goto('chrome://newtab/');
    await tabTo(newTab, newTab.getByLabel('Add a commitment'));
    await newTab.keyboard.type('Call the investor');
    await newTab.keyboard.press('Enter');
    await newTab.getByRole('checkbox', { name: 'Call the investor' }).waitFor();
    await popup.getByRole('checkbox', { name: 'Call the investor' }).waitFor();
    await newTab.close();
  });

  it('falls back to the database when the first-paint snapshot is corrupt', async () => {
    const newTab = await session.context.newPage();
    await newTab.goto('chrome://newtab/');
    await newTab.getByText(/A leadership team/).waitFor();
    await newTab.evaluate(() =>
      localStorage.setItem('flourish:newtab-snapshot', '{"v":1,"day":"2026-02-30",'),
    );
    await newTab.reload();
    await newTab.getByText(/A leadership team/).waitFor();
    await newTab.getByRole('checkbox', { name: 'Call the investor' }).waitFor();
    await newTab.close();
  });

  it('refuses an over-long title with a visible counter', async () => {
    const input = popup.getByLabel('Commit to an action');
    await input.fill('x'.repeat(250));
    expect(await input.inputValue()).toHaveLength(200);
    await popup.getByText(/200 \/ 200/).waitFor();
    await input.fill('');
  });
});

describe('recurring commitments', () => {
  it('refuses a rule with no weekday, and adds a rule for today’s weekday to today’s list once', async () => {
    const options = await session.openPage('options.html#/recurring');
    await options.getByLabel('What').fill('Weekly one-to-one with Sam');
    await options.getByRole('button', { name: 'Add recurring commitment' }).click();
    await options.getByRole('alert').filter({ hasText: 'Choose at least one weekday.' }).waitFor();

    const weekdayName = await options.evaluate(() =>
      new Date().toLocaleDateString('en-US', { weekday: 'long' }),
    );
    await options.getByLabel(weekdayName, { exact: true }).check();
    await options.getByRole('button', { name: 'Add recurring commitment' }).click();
    await options.getByText(`Every ${weekdayName}`).waitFor();

    await popup.reload();
    await popup.getByRole('checkbox', { name: 'Weekly one-to-one with Sam' }).waitFor();
    await popup.reload();
    await popup.getByRole('checkbox', { name: 'Weekly one-to-one with Sam' }).waitFor();
    const titles = (await storedCommitments(popup)).map((c) => c.title);
    expect(titles.filter((t) => t === 'Weekly one-to-one with Sam')).toHaveLength(1);
    await options.close();
  });
});

describe('accessibility', () => {
  it('the popup with the link panel open has no axe-core violations', async () => {
    await popup.getByRole('button', { name: `Actions for “${COMMITMENTS[0]}”` }).click();
    await popup.getByRole('button', { name: 'Link and plan' }).click();
    await popup.getByRole('region', { name: 'Links and plan' }).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'the new tab with commitments has no axe-core violations in %s mode',
    async (scheme) => {
      const newTab = await session.context.newPage();
      await newTab.emulateMedia({ colorScheme: scheme });
      await newTab.goto('chrome://newtab/');
      await newTab.getByLabel('Add a commitment').waitFor();
      expect(await axeViolations(newTab)).toEqual([]);
      await newTab.close();
    },
  );
});
