import type { Page } from 'playwright-core';

/**
 * The visible elements that reach past the page's right edge (as tag and text), for a page that
 * must fit a narrow width such as the popup's 400 px: what a user would have to scroll sideways
 * to, or could not see at all.
 */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > width + 0.5;
      })
      .map(
        (element) => `${element.tagName.toLowerCase()}: ${(element.textContent ?? '').trim().slice(0, 40)}`,
      );
  });
}

/**
 * The visible elements whose content is larger than their box (an element's scroll size past its
 * client size): text cut off, or spilling over what follows. Elements that scroll on purpose
 * (overflow auto or scroll, in that direction) are left out, as are the page itself, inline
 * elements (which have no box to measure) and one-line fields, whose text scrolls by design.
 * A text area counts: one that hides part of what the leader wrote is clipped.
 */
export function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    return [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((element) => {
        // Text kept for screen readers only is clipped on purpose.
        if (element.matches('input, select, svg *, option') || element.closest('.visually-hidden'))
          return false;
        const style = getComputedStyle(element);
        if (style.display === 'inline' || style.display === 'contents' || style.visibility === 'hidden')
          return false;
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        const wide = element.scrollWidth > element.clientWidth + 1 && !scrolls(style.overflowX);
        const tall = element.scrollHeight > element.clientHeight + 1 && !scrolls(style.overflowY);
        return (
          wide || tall || (element.tagName === 'TEXTAREA' && element.scrollHeight > element.clientHeight + 1)
        );
      })
      .map((element) => {
        const name = element.id
          ? `#${element.id}`
          : element.className
            ? `.${String(element.className).split(' ')[0]}`
            : '';
        return `${element.tagName.toLowerCase()}${name}: ${(element.textContent ?? '').trim().slice(0, 40)}`;
      });
  });
}

/** Whether the element lies wholly inside the viewport, so it is seen without scrolling. */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
    });
}

/** The page sizes a leader's screens come in, and a short window. */
export const PAGE_SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 1280, height: 600 },
] as const;
