/**
 * A coaching session recorded in options: two agreements, one made a goal and one the next
 * workday's commitment, found where the leader looks for them (the goals, the next day's list).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { zonedToday } from './clock';
import { readTable } from './db';
import { NO_REVIEW_DAYS, launchExtension, type ExtensionSession } from './harness';

const DELEGATE = 'Delegate the weekly report to Sam';
const OFFSITE = 'Book the offsite room';

/** An agreement's button: its action, then (for screen readers) the agreement it is for. */
const forAgreement = (action: string, text: string) =>
  page.getByRole('button', { name: new RegExp(`^${action} ?: ${text}$`) });

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  // No workdays: the next workday is simply tomorrow.
  session = await launchExtension({ settings: NO_REVIEW_DAYS });
  page = await session.openPage('options.html#/coaching');
  await page.getByRole('heading', { level: 1, name: 'Coaching' }).waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('a coaching session in Chromium', () => {
  it('records a session with two agreements', async () => {
    await page.getByRole('button', { name: 'Record a session' }).click();
    const add = page.getByLabel('Add an agreement');
    for (const text of [DELEGATE, OFFSITE]) {
      await add.fill(text);
      await add.press('Enter');
      await forAgreement('Make it a goal', text).waitFor();
    }
    await expect
      .poll(async () =>
        (await readTable<{ agreements: { text: string }[] }>(page, 'sessions')).map((s) =>
          s.agreements.map((a) => a.text),
        ),
      )
      .toEqual([[DELEGATE, OFFSITE]]);
  });

  it('makes one a goal and the other tomorrow’s commitment', async () => {
    await forAgreement('Make it a goal', DELEGATE).click();
    await page.getByRole('link', { name: DELEGATE }).waitFor();
    await forAgreement('Commit for .+', OFFSITE).click();
    await page.getByText(new RegExp(`^✓ Commitment for .+: ${OFFSITE}`)).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the goal in Goals and the commitment in tomorrow’s list', async () => {
    await page.getByRole('link', { name: DELEGATE }).click();
    await page.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
    await expect.poll(() => page.getByLabel(`Goal: ${DELEGATE}`).inputValue()).toBe(DELEGATE);
    const tomorrow = zonedToday().add({ days: 1 }).toString();
    const commitments = await readTable<{ day: string; title: string; status: string }>(page, 'commitments');
    expect(commitments.map(({ day, title, status }) => ({ day, title, status }))).toEqual([
      { day: tomorrow, title: OFFSITE, status: 'open' },
    ]);
  });
});
