import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { zonedToday } from './clock';
import { readTable, seedTables } from './db';
import { NO_REVIEW_DAYS, launchExtension, writeSettings, type ExtensionSession } from './harness';
import { overflowingElements } from './layout';

const TOP_FIVE = ['perspective', 'leadership', 'honesty', 'hope', 'zest'];
const GOALS = ['Build a leadership team that runs without me', 'Manage staff performance'].map(
  (title, index) => ({
    id: `goal-${index}`,
    title,
    why: '',
    successMeasure: '',
    status: 'active',
    order: index + 1,
    createdAt: 1,
    updatedAt: 1,
  }),
);
/** Two lines at the top of the popup: the focus a review set for today. */
const FOCUS = 'Decide the Q3 hiring plan with Priya before lunch, then call Marco.';
const TITLES = [
  'Draft the board update on Q3 hiring',
  'Give Sam feedback on the launch retrospective',
  'Prepare the offsite agenda with Priya',
  'Call the investor about the bridge round',
  'Block two hours for the pricing strategy memo',
];

let session: ExtensionSession;
let popup: Page;

/** The titles whose words and tick box are wholly in view, above the pinned strengths. */
const titlesInView = () =>
  popup.evaluate((titles) => {
    const pinnedTop = document.querySelector('.popup-pinned')!.getBoundingClientRect().top;
    const bottom = Math.min(innerHeight, pinnedTop);
    const inView = (element: Element | null | undefined) => {
      const box = element?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= bottom + 0.5;
    };
    return titles.filter((title) => {
      const box = document.querySelector(`input[type='checkbox'][aria-label='${title}']`);
      const words = [...document.querySelectorAll('.commitment-title')].find((e) => e.textContent === title);
      return inView(box) && inView(words);
    });
  }, TITLES);

beforeAll(async () => {
  session = await launchExtension({ settings: NO_REVIEW_DAYS, viewport: { width: 400, height: 600 } });
  const options = await session.waitForPage(/options\.html/);
  await options.getByRole('heading', { level: 1 }).waitFor();
  await seedTables(options, {
    goals: GOALS,
    strengths: TOP_FIVE.map((id, index) => ({ id, rank: index + 1, note: '', updatedAt: 1 })),
    commitments: TITLES.map((title, index) => ({
      id: `commitment-${index}`,
      day: zonedToday().toString(),
      title,
      status: 'open',
      order: index + 1,
      createdAt: 1,
      updatedAt: 1,
      ...(index % 2 === 0 ? { goalId: GOALS[index % 4 === 0 ? 0 : 1]!.id } : { strengthId: TOP_FIVE[index] }),
    })),
    // Two days ago, reviewed late (this morning): its focus is for today, shown at the top.
    reviews: [
      {
        day: zonedToday().subtract({ days: 2 }).toString(),
        completedAt: Date.now(),
        outcomes: [],
        wentWell: '',
        strengthsUsed: [],
        learned: '',
        tomorrowFocus: FOCUS,
        updatedAt: Date.now(),
      },
    ],
  });
  popup = await session.openPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 600 });
});

afterAll(async () => {
  await session?.close();
});

describe('the popup at 400 × 600 with five linked commitments and today’s focus', () => {
  it.each(['light', 'dark'] as const)(
    'shows all five titles and tick boxes without scrolling, nothing overflowing, axe clean (%s)',
    async (scheme) => {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('checkbox', { name: TITLES[4] }).waitFor();
      await popup.getByText(FOCUS).waitFor();
      await popup.getByRole('list', { name: 'My top strengths' }).waitFor();
      expect(await titlesInView()).toEqual(TITLES);
      expect(await overflowingElements(popup)).toEqual([]);
      expect(await axeViolations(popup)).toEqual([]);
    },
  );

  it('keeps a row’s actions within the 400 px, axe clean', async () => {
    await popup.getByRole('button', { name: `Actions for “${TITLES[1]}”` }).click();
    await popup.getByRole('group', { name: `Actions for “${TITLES[1]}”` }).waitFor();
    expect(await overflowingElements(popup)).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.keyboard.press('Escape');
  });

  it('reorders by dragging a row by its handle', async () => {
    const row = (title: string | undefined) => popup.getByRole('listitem').filter({ hasText: title! });
    await row(TITLES[4]).hover();
    await row(TITLES[4])
      .locator('.row-handle')
      .dragTo(row(TITLES[0]), { targetPosition: { x: 150, y: 4 } });
    const order = async () =>
      (await readTable<{ title: string; order: number }>(popup, 'commitments'))
        .sort((a, b) => a.order - b.order)
        .map((c) => c.title);
    await expect.poll(order).toEqual([TITLES[4], TITLES[0], TITLES[1], TITLES[2], TITLES[3]]);
  });

  it('with two days’ reviews waiting, still shows all five titles above the pinned strengths', async () => {
    const worker = await session.worker();
    await writeSettings(worker, { workdays: [0, 1, 2, 3, 4, 5, 6], reviewTime: '00:00' });
    const later = popup.getByRole('button', { name: 'Later' });
    // Installed two days ago: today's and yesterday's reviews wait, the most the banner shows one by one.
    await expect
      .poll(
        async () => {
          await worker.evaluate(
            async (firstDay) => {
              const local = (globalThis as unknown as { chrome: { storage: { local: StorageLocal } } }).chrome
                .storage.local;
              const { prompts } = await local.get('prompts');
              await local.set({
                prompts: { ...prompts, firstDay, installedAt: Date.now() - 2 * 86_400_000 },
              });
            },
            zonedToday().subtract({ days: 1 }).toString(),
          );
          await popup.reload();
          await later.or(popup.getByLabel('Commit to an action')).waitFor();
          return later.isVisible();
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    await later.click();
    await popup.getByRole('heading', { name: 'Your review of today is waiting' }).waitFor();
    await popup.getByText('Also waiting:').waitFor();
    await popup.getByRole('checkbox', { name: TITLES[4] }).waitFor();
    await popup.getByText(FOCUS).waitFor();
    expect(await titlesInView()).toEqual(TITLES);
    expect(await overflowingElements(popup)).toEqual([]);
  });
});

interface StorageLocal {
  get(key: string): Promise<Record<string, object>>;
  set(items: Record<string, unknown>): Promise<void>;
}
