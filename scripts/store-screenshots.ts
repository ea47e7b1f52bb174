/**
 * `npm run screenshots`: the store listings' screenshots, taken from the built extension in
 * Chromium with a quarter of realistic sample data (tests/support/sample.ts), at 1280×800, in
 * light and dark. Run it after a change to any page, so the listings show Flourish as it is.
 *
 * Writes docs/store/screenshots/{new-tab,popup,review,insights}-{light,dark}.png (or into SHOTS_DIR).
 * `SHOTS_LANGUAGE=de npm run screenshots` takes them in a German browser for the German listing,
 * into docs/store/screenshots/de/ (likewise fr, es). The sample leader's own words stay as written:
 * Flourish never translates what a leader typed.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { setLanguage, t } from '../lib/i18n';
import { LANGUAGES, type Language } from '../lib/i18n/languages';
import { today as todayKey } from '../lib/platform/clock';
import { sampleLeader } from '../tests/support/sample';
import { seedTables, seedVisionBoard } from '../tests/e2e/db';
import { launchExtension, writeSettings, type ExtensionSession } from '../tests/e2e/harness';

const LANGUAGE = (process.env.SHOTS_LANGUAGE ?? 'en') as Language;
if (!LANGUAGES.includes(LANGUAGE)) {
  throw new Error(`SHOTS_LANGUAGE is “${LANGUAGE}”: choose one of ${LANGUAGES.join(', ')}.`);
}
/** The browser's locale for each language, as a leader in its home market would have it. */
const BROWSER_LOCALE: Record<Language, string> = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };
setLanguage(LANGUAGE, BROWSER_LOCALE[LANGUAGE]);
const OUT =
  process.env.SHOTS_DIR ??
  resolve(import.meta.dirname, '../docs/store/screenshots', LANGUAGE === 'en' ? '' : LANGUAGE);
const SIZE = { width: 1280, height: 800 };
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** A quarter in: the foundation, thirteen weeks of commitments and reviews, three pictures. */
async function seed(session: ExtensionSession): Promise<void> {
  const page = await session.waitForPage(/options\.html/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const today = todayKey();
  await seedTables(page, { ...sampleLeader(today, 13) });
  await seedVisionBoard(page, ['Calm Mondays', 'The team leading', 'Home by seven']);
  // Set up, with today's review not yet due: the pictures show the day, not a waiting banner.
  await page.evaluate(async (day) => {
    const local = (
      globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
    ).chrome.storage.local;
    await local.set({
      setup: { step: 'done', completedAt: Date.now() },
      prompts: { shown: {}, snoozed: null, timeZone: null, firstDay: day },
      backup: { lastExportAt: Date.now() },
    });
  }, today);
  await writeSettings(await session.worker(), { reviewTime: '23:59' });
  await page.close();
}

async function shot(page: Page, name: string, scheme: Scheme) {
  await page.screenshot({ path: resolve(OUT, `${name}-${scheme}.png`) });
  console.log(`  ${name}-${scheme}.png`);
}

async function newTab(session: ExtensionSession, scheme: Scheme) {
  const page = await session.context.newPage();
  await page.goto('chrome://newtab/');
  await page.locator('main img').first().waitFor();
  await page.getByRole('checkbox').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await shot(page, 'new-tab', scheme);
  return page;
}

/**
 * The popup is a 400-pixel panel: shown where the browser shows it, at the top right over the new
 * tab, which is dimmed behind it.
 */
async function popup(session: ExtensionSession, scheme: Scheme, background: Buffer) {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.getByRole('checkbox').first().waitFor();
  const height = await page.evaluate(() => Math.min(document.documentElement.scrollHeight, 600));
  const panel = await page.screenshot({ clip: { x: 0, y: 0, width: 400, height } });
  await page.close();
  // Composed on a blank page: the extension's content security policy applies to its own pages.
  const canvas = await session.context.newPage();
  await canvas.setViewportSize(SIZE);
  await canvas.setContent(
    `<body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">
      <img src="data:image/png;base64,${background.toString('base64')}" style="position:absolute;inset:0;filter:brightness(${scheme === 'dark' ? 0.6 : 0.85})" alt="">
      <img src="data:image/png;base64,${panel.toString('base64')}" style="position:absolute;top:12px;right:24px;border-radius:10px;box-shadow:0 12px 40px rgb(0 0 0 / 0.35)" alt="">
    </body>`,
  );
  await canvas.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  await shot(canvas, 'popup', scheme);
  await canvas.close();
}

async function review(session: ExtensionSession, scheme: Scheme) {
  const page = await session.openPage(`review.html?day=${todayKey()}`);
  await page.getByRole('heading', { name: t('review:daily.titleToday') }).waitFor();
  // Mid-review: one action not done, and what got in the way.
  const notDone = t('review:outcome.notDone');
  const open = page.getByRole('group').filter({ has: page.getByRole('radio', { name: notDone }) });
  const last = open.last();
  await last.getByRole('radio', { name: notDone }).check();
  await last.getByRole('radio', { name: t('obstacles:meetings.label') }).check();
  await shot(page, 'review', scheme);
  await page.close();
}

async function insights(session: ExtensionSession, scheme: Scheme) {
  const page = await session.openPage('options.html#/insights/quarter');
  await page.waitForFunction(() => {
    const charts = document.querySelectorAll('canvas').length;
    return charts > 0 && performance.getEntriesByName('flourish:chart-drawn').length === charts;
  });
  await shot(page, 'insights', scheme);
  await page.close();
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  for (const scheme of SCHEMES) {
    const session = await launchExtension({
      colorScheme: scheme,
      reducedMotion: 'reduce',
      viewport: SIZE,
      locale: BROWSER_LOCALE[LANGUAGE],
    });
    try {
      await seed(session);
      console.log(`${scheme}:`);
      const tab = await newTab(session, scheme);
      const background = await tab.screenshot();
      await popup(session, scheme, background);
      await review(session, scheme);
      await insights(session, scheme);
    } finally {
      await session.close();
    }
  }
  console.log(`Wrote ${OUT}`);
}

await main();
