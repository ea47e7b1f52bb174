import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { zonedToday } from './clock';
import { seedTables } from './db';
import { NO_REVIEW_DAYS, launchSetUp, type ExtensionSession } from './harness';

/** The day `offset` days from today (negative: before), in the browser's zone. */
const localDay = (offset: number) => zonedToday().add({ days: offset }).toString();

const commitment = (id: string, offset: number, title: string, status: string, goalId?: string) => ({
  id,
  day: localDay(offset),
  title,
  status,
  order: 1,
  createdAt: 1,
  updatedAt: 1,
  ...(goalId && { goalId }),
});

const review = (offset: number, extra: object) => ({
  day: localDay(offset),
  completedAt: 1,
  outcomes: [],
  wentWell: '',
  strengthsUsed: [],
  learned: '',
  tomorrowFocus: '',
  updatedAt: 1,
  ...extra,
});

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchSetUp({ settings: NO_REVIEW_DAYS });
  const writer = await session.openPage('options.html#/goals');
  await writer.getByRole('heading', { level: 1 }).waitFor();
  // A session a week ago with the next one tomorrow, and the week since.
  await seedTables(writer, {
    profile: [{ id: 'me', name: 'Alex', coachName: 'Jordan', purpose: '', values: [], updatedAt: 1 }],
    sessions: [
      {
        id: 's1',
        day: localDay(-7),
        nextDay: localDay(1),
        agreements: [],
        notes: '',
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    goals: [
      {
        id: 'g1',
        title: 'Grow the team',
        why: '',
        successMeasure: '',
        status: 'active',
        order: 1,
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    commitments: [
      commitment('c0', -9, 'Before the last session', 'done', 'g1'),
      commitment('c1', -5, 'Interview Sam', 'done', 'g1'),
      commitment('c2', -4, 'Write the offer', 'not-done', 'g1'),
      commitment('c3', -3, 'Clear the inbox', 'done'),
    ],
    reviews: [
      review(-4, { starred: true, wentWell: 'Sam said yes', energy: 4, stress: 2 }),
      review(-3, { wentWell: 'A day not starred', energy: 2, stress: 4 }),
    ],
    questions: [{ id: 'q1', text: 'How do I say no to my CEO?', createdAt: 1, updatedAt: 1 }],
  });
  await writer.close();
  page = await session.openPage('options.html#/prep');
});

afterAll(async () => {
  await session?.close();
});

describe('the session prep', () => {
  it('shows the week since the last session: its figures, the starred reflection and the question', async () => {
    await page.getByText('Alex, here is what happened since your session with Jordan').waitFor();
    const card = (name: string) => page.getByRole('region', { name });
    await expect.poll(() => card('Commitments').textContent()).toContain('2 of 3 commitments done');
    expect(await card('Commitments').textContent()).not.toContain('Before the last session');
    expect(await card('Energy and stress').textContent()).toContain(
      'Energy 3.0 of 5, stress 3.0 of 5 on average',
    );
    expect(await card('Starred reflections').textContent()).toContain('Sam said yes');
    expect(await card('Starred reflections').textContent()).not.toContain('A day not starred');
    await card('Questions to bring').getByText('How do I say no to my CEO?').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
