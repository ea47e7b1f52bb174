/**
 * A leader's busy morning, for the new tab's layout test and its screenshots: the foundation and
 * vision (with its three horizons) of the sample leader, a picture on the vision board, five
 * commitments today (some linked to a goal or a strength, one carried from two days ago, where
 * waiting on others got in the way), the focus that day's review set for today and last week's
 * zoom-out set for this one, and yesterday's review waiting.
 */
import { addDays, isoWeekKey } from '../../lib/domain/days';
import { today as todayKey } from '../../lib/platform/clock';
import { sampleLeader } from '../support/sample';
import { seedTables, seedVisionBoard } from './db';
import { writeSettings, type ExtensionSession } from './harness';

/** The focus the review of two days ago, written this morning, set for today. */
export const BUSY_DAY_FOCUS = 'Decide the Q3 hiring plan with Priya before lunch.';
/** The focus last week's zoom-out set for this week. */
export const BUSY_WEEK_FOCUS = 'Protect two thinking mornings; say no to new committees.';

export const BUSY_DAY_COMMITMENTS = [
  'One-to-one with Priya: her first board presentation',
  'Give Sam specific feedback on the launch plan',
  'Block Thursday morning for the three-year plan',
  'Write the board update',
  'Ask Marco what is getting in his way',
];

const LINKS: { goalId?: string; strengthId?: string }[] = [
  { goalId: 'goal-1', strengthId: 'leadership' },
  { goalId: 'goal-2', strengthId: 'honesty' },
  { goalId: 'goal-3' },
  { strengthId: 'perspective' },
  {},
];

/** Seeds the busy morning through the options page the extension opens on install. */
export async function seedBusyDay(session: ExtensionSession): Promise<void> {
  const page = await session.waitForPage(/options\.html/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const today = todayKey();
  const yesterday = addDays(today, -1);
  const twoDaysAgo = addDays(today, -2);
  const { profile, vision, strengths, goals } = sampleLeader(today, 1);
  const commitments = [
    ...BUSY_DAY_COMMITMENTS.map((title, index) => ({
      id: `busy-${index + 1}`,
      day: today,
      title,
      status: index === 0 ? 'done' : 'open',
      order: index + 1,
      createdAt: 1,
      updatedAt: 1,
      ...LINKS[index],
      ...(index === 4 && { carriedFrom: 'busy-earlier' }),
    })),
    {
      id: 'busy-earlier',
      day: twoDaysAgo,
      title: BUSY_DAY_COMMITMENTS[4],
      status: 'not-done',
      order: 1,
      createdAt: 1,
      updatedAt: 1,
    },
    {
      id: 'busy-yesterday',
      day: yesterday,
      title: 'Draft the hiring plan',
      status: 'open',
      order: 1,
      createdAt: 1,
      updatedAt: 1,
    },
  ];
  // Reviewed late, this morning: its focus is for today (the day it carried to).
  const reviews = [
    {
      day: twoDaysAgo,
      completedAt: Date.now(),
      outcomes: [{ commitmentId: 'busy-earlier', status: 'not-done', obstacle: 'waiting', carriedTo: today }],
      wentWell: '',
      strengthsUsed: [],
      learned: '',
      tomorrowFocus: BUSY_DAY_FOCUS,
      updatedAt: Date.now(),
    },
  ];
  const weeklyReviews = [
    {
      week: isoWeekKey(addDays(today, -7)),
      wins: '',
      patterns: '',
      nextWeekFocus: BUSY_WEEK_FOCUS,
      completedAt: Date.now(),
      updatedAt: Date.now(),
    },
  ];
  await seedTables(page, { profile, vision, strengths, goals, commitments, reviews, weeklyReviews });
  await seedVisionBoard(page, ['Calm Mondays']);
  // Installed yesterday, every day a workday, today's review not yet due: the banner asks for
  // yesterday's.
  await page.evaluate(async (firstDay) => {
    const local = (
      globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
    ).chrome.storage.local;
    await local.set({
      setup: { step: 'done', completedAt: Date.now() },
      prompts: { shown: {}, snoozed: null, timeZone: null, firstDay },
      backup: { lastExportAt: Date.now() },
    });
  }, yesterday);
  await writeSettings(await session.worker(), { reviewTime: '23:59', workdays: [0, 1, 2, 3, 4, 5, 6] });
  await page.close();
}
