/**
 * Every page in the pseudo-locale (lib/i18n/pseudo.ts): Flourish's own words come out accented and
 * about a third longer, so a word left in English shows as plain ASCII and a layout that cannot
 * take longer words overflows or clips. The leader's words here are Greek, so any ASCII word on a
 * page is Flourish's and untranslated. Then the right-to-left pseudo-locale: every page mirrored,
 * with nothing spilling out.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES } from '../../lib/i18n/languages';
import { zonedToday } from './clock';
import { seedTables } from './db';
import { launchSetUp, writeSettings, type ExtensionSession } from './harness';

const today = zonedToday();
const day = (offset: number) => today.add({ days: offset }).toString();
const monday = today.subtract({ days: 7 + today.dayOfWeek - 1 });
const LAST_WEEK = `${monday.yearOfWeek}-W${String(monday.weekOfYear).padStart(2, '0')}`;

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const POPUP = { width: 400, height: 600 };

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

/** The leader's own words, in Greek: never ASCII, so never mistaken for an untranslated string. */
const GREEK = {
  purpose: 'Να χτίζω ομάδες όπου οι άνθρωποι δίνουν τον καλύτερο εαυτό τους.',
  vision: 'Μια ηγετική ομάδα που τρέχει την εταιρεία ενώ εγώ σχεδιάζω το μέλλον.',
  goal: 'Δύο διευθυντές έτοιμοι',
  commitment: 'Γράψε την αναφορά',
};

/**
 * Dates and times come from Intl, which has no pseudo-locale: the pseudo-locales format them as
 * English, so the English month and weekday names (and AM/PM) are the only ASCII words allowed.
 */
function intlWords(): Set<string> {
  const words = new Set(['AM', 'PM']);
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2026, month, 1));
    for (const style of ['long', 'short'] as const)
      words.add(date.toLocaleString('en-US', { month: style, timeZone: 'UTC' }));
  }
  for (let weekday = 0; weekday < 7; weekday++) {
    const date = new Date(Date.UTC(2026, 10, 1 + weekday));
    for (const style of ['long', 'short'] as const)
      words.add(date.toLocaleString('en-US', { weekday: style, timeZone: 'UTC' }));
  }
  return words;
}
/**
 * Words that are the same in every language: the product's name, and each language's name in
 * itself, as the language choice offers them (docs/i18n.md).
 */
const ALLOWED = [...intlWords(), 'Flourish', ...Object.values(LANGUAGE_NAMES)];

/** Text on the page and in its read-out attributes that has an ASCII word not from Intl. */
async function englishLeft(page: Page): Promise<string[]> {
  return page.evaluate((allowed) => {
    const allowedWords = new Set(allowed);
    const found = new Set<string>();
    const check = (text: string | null) => {
      if (!text) return;
      // The allowed words go first, whole ("Français" holds the ASCII run "Fran").
      let rest = text;
      for (const word of allowedWords) rest = rest.replaceAll(word, ' ');
      if (/[A-Za-z]{2,}/.test(rest)) found.add(text.trim().slice(0, 80));
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [hidden]')) continue;
      if (getComputedStyle(parent).display === 'none') continue;
      check(node.textContent);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) check(element.getAttribute(name));
    return [...found];
  }, ALLOWED);
}

/** What spills out of the page, or is cut off inside an element that hides its overflow. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (element.matches('.visually-hidden, .visually-hidden *, canvas, input, textarea, select')) continue;
      const clips = ['hidden', 'clip'].includes(style.overflowX);
      // A label cut short on purpose says so (an ellipsis) and keeps its whole text in a title.
      const ellipsis = style.textOverflow === 'ellipsis' && element.title !== '';
      if (clips && !ellipsis && element.scrollWidth > element.clientWidth + 1 && element.textContent?.trim())
        problems.push(
          `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent.trim().slice(0, 60)}`,
        );
    }
    return problems;
  });
}

let session: ExtensionSession;

async function seed(page: Page) {
  await seedTables(page, {
    profile: [
      {
        id: 'me',
        name: 'Ἀλέξης',
        coachName: 'Ἰορδάνης',
        purpose: GREEK.purpose,
        values: ['Θάρρος', 'Φροντίδα'],
        updatedAt: 1,
      },
    ],
    strengths: ['perspective', 'leadership', 'honesty', 'hope', 'zest'].map((id, i) => ({
      id,
      rank: i + 1,
      note: '',
      updatedAt: 1,
    })),
    vision: [
      {
        id: 'me',
        statement: GREEK.vision,
        looksLike: 'Ήρεμες Δευτέρες',
        feelsLike: 'Εμπιστοσύνη',
        horizons: { now: 'Τώρα', oneYear: 'Σε ένα χρόνο', threeYears: 'Σε τρία χρόνια' },
        updatedAt: 1,
      },
    ],
    goals: [
      {
        id: 'g1',
        title: GREEK.goal,
        why: '',
        successMeasure: '',
        status: 'active',
        order: 1,
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    commitments: [
      {
        id: 'c1',
        day: day(0),
        title: GREEK.commitment,
        goalId: 'g1',
        status: 'open',
        order: 1,
        createdAt: 1,
        updatedAt: 1,
      },
      {
        id: 'c0',
        day: day(-1),
        title: 'Κάλεσε τη Μαρία',
        status: 'open',
        order: 1,
        createdAt: 1,
        updatedAt: 1,
      },
      {
        id: 'c2',
        day: day(-8),
        title: 'Προετοίμασε τη συνάντηση',
        goalId: 'g1',
        status: 'not-done',
        order: 1,
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    reviews: [
      {
        day: day(-8),
        completedAt: 1,
        outcomes: [{ commitmentId: 'c2', status: 'not-done', obstacle: 'meetings', decision: 'drop' }],
        wentWell: 'Καλή μέρα',
        strengthsUsed: ['zest'],
        learned: 'Κάτι νέο',
        tomorrowFocus: 'Ηρεμία',
        energy: 4,
        stress: 2,
        updatedAt: 1,
        starred: true,
      },
    ],
    recurrences: [
      {
        id: 'r1',
        title: 'Εβδομαδιαία συνάντηση',
        schedule: { kind: 'weekdays', weekdays: [2] },
        startDay: day(-30),
        order: 1,
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    sessions: [
      {
        id: 's1',
        day: day(-10),
        nextDay: day(4),
        agreements: [{ id: 'a1', text: 'Μία συμφωνία' }],
        notes: 'Σημειώσεις',
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    questions: [{ id: 'q1', text: 'Μια ερώτηση;', createdAt: 1, updatedAt: 1 }],
    daysOff: [{ id: 'o1', from: day(20), to: day(22), label: 'Διακοπές', createdAt: 1, updatedAt: 1 }],
  });
}

/** The pages, each with what shows once it has read the database. */
const PAGES: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'the new tab', path: 'newtab.html', ready: (page) => page.getByText(GREEK.vision).waitFor() },
  {
    name: 'the popup',
    path: 'popup.html',
    ready: (page) => page.getByText(GREEK.commitment).first().waitFor(),
  },
  {
    name: 'the daily review',
    path: `review.html?day=${day(-1)}`,
    ready: (page) => page.getByText('Κάλεσε τη Μαρία').first().waitFor(),
  },
  {
    name: 'the weekly zoom-out',
    path: `review.html?week=${LAST_WEEK}`,
    ready: (page) => page.getByText(GREEK.goal).first().waitFor(),
  },
  {
    name: 'setup',
    path: 'options.html#/setup/purpose',
    ready: (page) => page.locator('h1').first().waitFor(),
  },
  ...SECTIONS.map((section) => ({
    name: `options: ${section}`,
    path: `options.html#/${section}`,
    // The section's heading, then its content (a lazy section shows only a status line until loaded).
    ready: async (page: Page) => {
      await page.locator('main h1').first().waitFor();
      await page
        .locator('main :is(h2, h3, label, legend, table, form)')
        .filter({ visible: true })
        .first()
        .waitFor();
    },
  })),
];

beforeAll(async () => {
  session = await launchSetUp({ settings: { workdays: [], language: 'en-XA' }, viewport: SIZES[0] });
  const page = await session.openPage('options.html#/goals');
  await page.locator('h1').first().waitFor();
  await seed(page);
  await page.close();
});

afterAll(async () => {
  await session?.close();
});

describe('every page in the pseudo-locale', () => {
  it.each(PAGES)('$name: no English left, nothing overflows or clips', async ({ path, ready }) => {
    const page = await session.openPage(path);
    const popup = path === 'popup.html';
    await page.setViewportSize(popup ? POPUP : SIZES[0]!);
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
    expect(await englishLeft(page)).toEqual([]);
    for (const size of popup ? [POPUP] : SIZES) {
      await page.setViewportSize(size);
      expect({ size, problems: await overflow(page) }).toEqual({ size, problems: [] });
    }
    await page.close();
  });
});

describe('every page right to left', () => {
  beforeAll(async () => {
    await writeSettings(await session.worker(), { language: 'ar-XB' });
  });

  it.each(PAGES)('$name: mirrored, with nothing spilling out', async ({ path, ready }) => {
    const page = await session.openPage(path);
    const popup = path === 'popup.html';
    await page.setViewportSize(popup ? POPUP : SIZES[0]!);
    await ready(page);
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar-XB');
    expect(await overflow(page)).toEqual([]);
    if (process.env.FLOURISH_SHOTS)
      await page.screenshot({ path: `${process.env.FLOURISH_SHOTS}/rtl-${path.replace(/\W+/g, '-')}.png` });
    await page.close();
  });
});
