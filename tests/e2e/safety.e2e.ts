/**
 * No page goes blank: a date typed digit by digit into the coach summary gets a message in words
 * and the options page keeps working.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_REVIEW_DAYS, launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension({ settings: NO_REVIEW_DAYS });
});

afterAll(async () => {
  await session?.close();
});

/** Errors the page did not catch, collected from the moment it opened. */
function uncaughtErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

describe('the coach summary’s dates', () => {
  it('typing 0001-01-01 into From says which dates to choose, and the sidebar still works', async () => {
    const page = await session.openPage('options.html#/summary');
    const errors = uncaughtErrors(page);
    const from = page.getByLabel('From');
    await page.getByRole('article', { name: 'Summary preview' }).waitFor();

    // As a person types it: month, day, then the year digit by digit (0, 00, 000, 0001), each
    // keystroke a new value of the field.
    await from.focus();
    await page.keyboard.type('01010001');
    await expect.poll(() => from.inputValue()).toBe('0001-01-01');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Choose dates from 1 January 2000 on.');
    expect(await page.getByRole('article', { name: 'Summary preview' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Copy as Markdown' }).isDisabled()).toBe(true);

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Goals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    await page.getByRole('link', { name: 'Coach summary' }).click();
    await page.getByRole('article', { name: 'Summary preview' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
