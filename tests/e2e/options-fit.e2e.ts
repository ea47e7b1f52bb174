/**
 * The options and review pages fit the screens leaders use: at each size, light and dark, every
 * section and setup step shows its heading without scrolling, nothing reaches past the page's
 * edge or is cut off inside its box, and axe-core finds nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekKey } from '../../lib/domain/days';
import { SETUP_STEPS } from '../../lib/domain/setup-steps';
import { sampleLeader } from '../support/sample';
import { axeViolations } from './axe';
import { zonedToday } from './clock';
import { seedTables, seedVisionBoard } from './db';
import { NO_REVIEW_DAYS, launchExtension, type ExtensionSession } from './harness';
import { PAGE_SIZES, clippedElements, inViewport, overflowingElements } from './layout';

const SECTIONS = [
  'purpose',
  'values',
  'strengths',
  'vision',
  'goals',
  'recurring',
  'coaching',
  'prep',
  'insights',
  'summary',
  'settings',
  'data',
];
const OPTIONS_ROUTES = [
  '#/',
  ...SECTIONS.map((id) => `#/${id}`),
  ...SETUP_STEPS.map((step) => `#/setup/${step}`),
];
const SCHEMES = ['light', 'dark'] as const;

let session: ExtensionSession;
let page: Page;
const today = zonedToday().toString();

beforeAll(async () => {
  session = await launchExtension({ settings: NO_REVIEW_DAYS });
  page = await session.waitForPage(/options\.html/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await seedTables(page, {
    ...sampleLeader(today, 4),
    sessions: [
      {
        id: 'session-1',
        day: today,
        agreements: [
          { id: 'agreement-1', text: 'Delegate the weekly report to Sam from January' },
          { id: 'agreement-2', text: 'Ask one open question in every one-to-one' },
        ],
        notes: 'Talked about saying no to side projects.',
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    questions: [
      { id: 'question-1', text: 'How do I hand over the board update?', createdAt: 1, updatedAt: 1 },
    ],
  });
  await seedVisionBoard(page, ['Calm Mondays', 'The team leading']);
});

afterAll(async () => {
  await session?.close();
});

/** Waits until the page has settled: fonts loaded and a frame drawn after the heading. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
}

/** What would make a leader scroll sideways, miss words or hunt for the heading, one line each. */
async function layoutProblems(page: Page, route: string): Promise<string[]> {
  await settled(page);
  const found = [
    ...(await overflowingElements(page)).map((line) => `past the edge: ${line}`),
    ...(await clippedElements(page)).map((line) => `cut off: ${line}`),
  ];
  if (!(await inViewport(page, 'h1'))) found.push('the heading is not in view');
  return found.map((line) => `${route} ${line}`);
}

/** Goes to an options route in the open page (the hash router, no reload). */
async function show(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), route);
  await page.evaluate(() => new Promise(requestAnimationFrame));
}

/** Layout at every size, both schemes; axe, which reads colours rather than sizes, per scheme. */
describe('options page', () => {
  it.each(PAGE_SIZES)(
    'at $width×$height, light and dark: every section and setup step fits',
    async (size) => {
      await page.setViewportSize(size);
      const found: string[] = [];
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const route of OPTIONS_ROUTES) {
          await show(page, route);
          found.push(...(await layoutProblems(page, `${scheme} ${route}`)));
        }
      }
      expect(found).toEqual([]);
    },
  );

  it.each(OPTIONS_ROUTES)('%s: axe-core finds nothing, light or dark', async (route) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const found: string[] = [];
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await show(page, route);
      await settled(page);
      found.push(...(await axeViolations(page)).map((line) => `${scheme} ${line}`));
    }
    expect(found).toEqual([]);
  });
});

describe('review page', () => {
  const routes = [`review.html?day=${today}`, `review.html?week=${isoWeekKey(today)}`];

  it.each(PAGE_SIZES)('at $width×$height, light and dark: the daily and weekly reviews fit', async (size) => {
    const review = await session.context.newPage();
    try {
      await review.setViewportSize(size);
      const found: string[] = [];
      for (const scheme of SCHEMES) {
        await review.emulateMedia({ colorScheme: scheme });
        for (const route of routes) {
          await review.goto(`chrome-extension://${session.extensionId}/${route}`);
          found.push(...(await layoutProblems(review, `${scheme} ${route}`)));
          if (size.width === 1366)
            found.push(...(await axeViolations(review)).map((line) => `${scheme} ${route} ${line}`));
        }
      }
      expect(found).toEqual([]);
    } finally {
      await review.close();
    }
  });
});
