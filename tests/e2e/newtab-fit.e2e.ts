/**
 * The new tab at the screen sizes leaders use, light and dark, on a busy morning (a review
 * waiting, five commitments, one of them carried, the focus for the day and the week, a picture):
 * the vision, the first three commitments and the focus show without scrolling, nothing is cut
 * off, and axe finds nothing. One browser per colour scheme; the page is
 * resized between sizes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { BUSY_DAY_COMMITMENTS, BUSY_DAY_FOCUS, BUSY_WEEK_FOCUS, seedBusyDay } from './busy-day';
import { launchExtension, type ExtensionSession } from './harness';
import { inViewport, overflowingElements } from './layout';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 1280, height: 600 },
];

/** What of the first screen lies inside the viewport: the statement, and which commitments. */
function inView(page: Page) {
  return page.evaluate(() => {
    const inside = (element: Element | null) => {
      const box = element?.getBoundingClientRect();
      return Boolean(box && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight);
    };
    return {
      statement: inside(document.querySelector('.vision-statement')),
      commitments: [...document.querySelectorAll('.checklist li')]
        .filter(inside)
        .map((item) => item.querySelector('label')?.textContent),
    };
  });
}

/**
 * Elements that cut their own content off: their content is larger than their box and they hide
 * the rest. The page itself scrolls, the picture's frame crops the picture on purpose, and text
 * for screen readers only is hidden on purpose.
 */
function clipped(page: Page) {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((element) => {
        if (element.closest('.image-frame, .visually-hidden')) return false;
        const style = getComputedStyle(element);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') return false;
        return (
          element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1
        );
      })
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`,
      ),
  );
}

describe.each(['light', 'dark'] as const)('the new tab on a busy morning, %s', (colorScheme) => {
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchExtension({ colorScheme });
    await seedBusyDay(session);
    page = await session.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(SIZES)(
    'at $width×$height shows the vision and three commitments, nothing cut off',
    async (size) => {
      await page.setViewportSize(size);
      await page.goto('chrome://newtab/');
      // Taken over by React (the quick-add field is its own), with the picture itself loaded.
      await page.getByLabel('Add a commitment').waitFor();
      await page.waitForFunction(() => document.querySelector<HTMLImageElement>('img.image-full')?.complete);
      await page.getByRole('heading', { name: 'Your review of' }).waitFor();

      const shown = await inView(page);
      expect(shown.statement).toBe(true);
      expect(shown.commitments.slice(0, 3)).toEqual(BUSY_DAY_COMMITMENTS.slice(0, 3));
      // Today's and this week's focus head the side column, in view.
      expect(await page.locator('.focus-line dd').allTextContents()).toEqual([
        BUSY_DAY_FOCUS,
        BUSY_WEEK_FOCUS,
      ]);
      expect(await inViewport(page, '.focus-lines')).toBe(true);
      expect(await clipped(page)).toEqual([]);
      expect(await overflowingElements(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
