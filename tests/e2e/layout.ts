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
