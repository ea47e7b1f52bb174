import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { zonedToday } from './clock';
import { seedTables } from './db';
import { NO_REVIEW_DAYS, launchExtension, type ExtensionSession } from './harness';

/** The day `offset` days before today, in the browser's zone. */
const localDay = (offset: number) => zonedToday().subtract({ days: offset }).toString();

interface SeedCommitment {
  id: string;
  day: string;
  title: string;
  status: 'done' | 'not-done';
  order: number;
  createdAt: number;
  updatedAt: number;
  strengthId?: string;
}

interface SeedOutcome {
  commitmentId: string;
  status: 'not-done';
  obstacle: string;
}

/** Eight weeks of days before today, three commitments a day, with a pattern the test can count. */
function eightWeeks() {
  const commitments: SeedCommitment[] = [];
  const reviews: object[] = [];
  for (let offset = 1; offset <= 56; offset++) {
    const day = localDay(offset);
    const outcomes: SeedOutcome[] = [];
    const add = (
      k: number,
      status: SeedCommitment['status'],
      extra: { strengthId?: string; obstacle?: string } = {},
    ) => {
      const id = `c-${day}-${k}`;
      commitments.push({
        id,
        day,
        title: `Action ${day} #${k}`,
        status,
        order: k + 1,
        createdAt: 1,
        updatedAt: 1,
        ...(extra.strengthId && { strengthId: extra.strengthId }),
      });
      if (status === 'not-done') outcomes.push({ commitmentId: id, status, obstacle: extra.obstacle! });
    };
    add(0, 'done', { strengthId: 'perspective' });
    if (offset % 3 === 0) add(1, 'not-done', { obstacle: 'meetings' });
    else add(1, 'done');
    if (offset % 2 === 0) add(2, 'not-done', { obstacle: offset % 4 === 0 ? 'waiting' : 'low-energy' });
    else add(2, 'done', { strengthId: 'honesty' });
    reviews.push({
      day,
      completedAt: 1,
      outcomes,
      wentWell: offset % 2 === 0 ? `Went well on ${day}` : '',
      strengthsUsed: offset % 5 === 0 ? ['honesty'] : [],
      learned: '',
      tomorrowFocus: '',
      energy: 1 + (offset % 5),
      stress: 1 + ((offset + 2) % 5),
      updatedAt: 1,
    });
  }
  return {
    commitments,
    reviews: reviews as { day: string; outcomes: SeedOutcome[]; strengthsUsed: string[] }[],
  };
}

const seed = eightWeeks();
let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension({ settings: NO_REVIEW_DAYS });
  // The setup page the install opens records its step as it opens: close it first, or that
  // write can land after this one and take the setup's completion with it.
  const installed = await session.waitForPage(/options\.html/);
  await installed.getByRole('heading', { level: 1 }).waitFor();
  await installed.close();
  // Set up 45 days ago and never backed up: the options pages show the backup reminder, which
  // the printed summary must leave out.
  const worker = await session.worker();
  await worker.evaluate(
    async (completedAt) => {
      const local = (
        globalThis as unknown as {
          chrome: { storage: { local: { set(items: object): Promise<void> } } };
        }
      ).chrome.storage.local;
      await local.set({ setup: { step: 'done', completedAt } });
    },
    Date.now() - 45 * 86_400_000,
  );
  const writer = await session.openPage('options.html#/goals');
  await writer.getByRole('heading', { level: 1 }).waitFor();
  await seedTables(writer, {
    commitments: seed.commitments,
    reviews: seed.reviews,
    strengths: ['perspective', 'leadership', 'honesty', 'hope', 'zest'].map((id, i) => ({
      id,
      rank: i + 1,
      note: '',
      updatedAt: 1,
    })),
  });
  await writer.close();
  page = await session.openPage('options.html#/insights/quarter');
});

afterAll(async () => {
  await session?.close();
});

/** The headline figure under `label` on the Insights page. */
const headline = (label: string) => page.locator('.headline > div').filter({ hasText: label }).locator('dd');

describe('insights on eight weeks of history', () => {
  it('shows the completion rate, the top obstacle and the most used strength the data says', async () => {
    // The true figures, counted here from the seed itself.
    const done = seed.commitments.filter((c) => c.status === 'done').length;
    const rate = `${Math.round((done / seed.commitments.length) * 100)}%`;
    const obstacles = new Map<string, number>();
    for (const review of seed.reviews)
      for (const o of review.outcomes) obstacles.set(o.obstacle, (obstacles.get(o.obstacle) ?? 0) + 1);
    const [topObstacle] = [...obstacles].sort((a, b) => b[1] - a[1]);
    const uses = new Map<string, number>();
    for (const c of seed.commitments)
      if (c.strengthId && c.status === 'done') uses.set(c.strengthId, (uses.get(c.strengthId) ?? 0) + 1);
    for (const r of seed.reviews) for (const s of r.strengthsUsed) uses.set(s, (uses.get(s) ?? 0) + 1);
    const [topStrength] = [...uses].sort((a, b) => b[1] - a[1]);
    const labels: Record<string, string> = {
      meetings: 'Meetings and interruptions',
      waiting: 'Waiting on others',
      'low-energy': 'Low energy',
    };
    const names: Record<string, string> = { perspective: 'Perspective', honesty: 'Honesty' };

    await expect
      .poll(() => headline('Commitments done').textContent())
      .toBe(`${rate}${done} of ${seed.commitments.length}`);
    await expect
      .poll(() => headline('Top obstacle').textContent())
      .toBe(`${labels[topObstacle![0]]}${topObstacle![1]} times`);
    await expect
      .poll(() => headline('Most used strength').textContent())
      .toBe(`${names[topStrength![0]]}${topStrength![1]} uses`);
  });

  it('draws every chart, each with its numbers a click away', async () => {
    // Completion, obstacles by frequency and over time, strengths, energy and stress (no goals seeded).
    await expect.poll(() => page.locator('canvas[role="img"]').count()).toBe(5);
    await page.getByText('No goals with commitments in this period.').waitFor();
    const table = page.locator('.chart-table').first();
    await table.locator('summary').click();
    await table.getByRole('table', { name: 'Commitments done per week' }).waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(8);
  });

  it('names weeks by their dates, not their numbers', async () => {
    const table = page.locator('.chart-table').first();
    if (!(await table.evaluate((details) => (details as HTMLDetailsElement).open)))
      await table.locator('summary').click();
    await table.getByRole('table', { name: 'Commitments done per week' }).waitFor();
    const weeks = await table.locator('tbody th').allTextContents();
    // Nine weeks: Monday of the week eight weeks back to this week, each named "Oct 5 – 9" or so.
    expect(weeks).toHaveLength(9);
    for (const week of weeks) expect(week).toMatch(/^\D+ \d{1,2}\s–\s(\D+ )?\d{1,2}$/);
  });

  it('labels every calendar day in words, from the first day with data to today', async () => {
    const calendar = page.getByRole('figure', { name: 'Days reviewed, and how much got done' });
    await calendar.getByText('56 of 56 days reviewed.').waitFor();
    const days = await calendar.locator('td .visually-hidden').allTextContents();
    expect(days).toHaveLength(57);
    // Every seeded day was reviewed: its first commitment done, its second unless the day is a
    // multiple of 3 back, its third on odd days back. Cells read by weekday, so counted, not in order.
    const expected = new Map<string, number>();
    for (let offset = 1; offset <= 56; offset++) {
      const words = `reviewed, ${1 + Number(offset % 3 !== 0) + Number(offset % 2 !== 0)} of 3 done`;
      expected.set(words, (expected.get(words) ?? 0) + 1);
    }
    expected.set('not reviewed yet, no commitments', 1);
    const shown = new Map<string, number>();
    for (const day of days) {
      expect(day).toMatch(/^\D+\d+\D*: /);
      const words = day.slice(day.indexOf(': ') + 2);
      shown.set(words, (shown.get(words) ?? 0) + 1);
    }
    expect(shown).toEqual(expected);
  });

  it('draws the charts again in the other colour scheme', async () => {
    const drawn = () => page.evaluate(() => performance.getEntriesByName('flourish:chart-drawn').length);
    const before = await drawn();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(drawn).toBe(before + 5);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(drawn).toBe(before + 10);
  });

  it.each(['light', 'dark'] as const)('has no axe-core violations in %s mode', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('heading', { name: 'Is the plan being carried out?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the coach summary', () => {
  it('for the last week holds exactly that week’s commitments and obstacles', async () => {
    await page.goto(`chrome-extension://${session.extensionId}/options.html#/summary`);
    const preview = page.getByRole('article', { name: 'Summary preview' });
    await preview.waitFor();
    const text = (await preview.textContent()) ?? '';
    const lastWeek = seed.commitments.filter((c) => c.day >= localDay(6));
    expect(lastWeek.length).toBeGreaterThan(0);
    for (const c of lastWeek) expect(text).toContain(c.title);
    for (const c of seed.commitments.filter((c) => c.day < localDay(6))) expect(text).not.toContain(c.title);

    const counts = new Map<string, number>();
    for (const review of seed.reviews.filter((r) => r.day >= localDay(6))) {
      for (const o of review.outcomes) counts.set(o.obstacle, (counts.get(o.obstacle) ?? 0) + 1);
    }
    const labels: Record<string, string> = {
      meetings: 'Meetings and interruptions',
      waiting: 'Waiting on others',
      'low-energy': 'Low energy',
    };
    for (const [obstacle, count] of counts)
      expect(text).toContain(`${labels[obstacle]}: ${count} time${count === 1 ? '' : 's'}`);
  });

  it('downloads the same summary as a .md file', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download .md' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^flourish-summary-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.md$/);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const markdown = Buffer.concat(chunks).toString('utf8');
    expect(markdown.startsWith('# Coaching summary')).toBe(true);
    // Escaped only where Markdown would misread it: a # inside a line is plain text.
    expect(markdown).toContain(`- ✓ Action ${localDay(1)} #0`);
  });

  it('prints the summary and nothing around it: no sidebar, heading, controls or backup reminder', async () => {
    const around = {
      sidebar: page.getByRole('navigation', { name: 'Sections' }),
      heading: page.getByRole('heading', { level: 1, name: 'Coach summary' }),
      controls: page.getByRole('button', { name: 'Copy as Markdown' }),
      reminder: page.getByText('You have not made a backup yet.'),
    };
    const preview = page.getByRole('article', { name: 'Summary preview' });
    await page.goto(`chrome-extension://${session.extensionId}/options.html#/summary`);
    await preview.waitFor();
    // On screen all of it is there, the reminder included: what follows is not hidden by accident.
    await page.emulateMedia({ media: 'screen' });
    await around.reminder.waitFor();
    for (const [name, part] of Object.entries(around)) expect(await part.isVisible(), name).toBe(true);

    await page.emulateMedia({ media: 'print' });
    expect(await preview.isVisible()).toBe(true);
    for (const [name, part] of Object.entries(around)) expect(await part.isVisible(), name).toBe(false);
    // What the page renders for print, as text (innerText leaves out what CSS hides).
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain('Coaching summary');
    expect(printed).toContain(`Action ${localDay(1)} #0`);
    for (const chrome of ['backup', 'Copy as Markdown', 'Preview', 'Insights', 'What to bring'])
      expect(printed).not.toContain(chrome);

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  });

  it.each(['light', 'dark'] as const)('has no axe-core violations in %s mode', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme, media: 'screen' });
    await page.getByRole('article', { name: 'Summary preview' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('made no network request from any page', () => {
    expect(session.networkRequests()).toEqual([]);
  });
});
