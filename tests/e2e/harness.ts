/**
 * The shared end-to-end fixture: real Chromium (Debian's, or CHROME_PATH) with the built
 * extension loaded into a fresh profile. One session per test file, in a time zone where it is
 * about midday (clock.ts), so the day cannot change during the run.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { zonedEnv } from './clock';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet and offline on a closed CI machine. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
];

/** URL schemes a Flourish page may load from; anything else is a network request. */
const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:'];
/** The browser's own navigations the tests make: the new-tab override and blank new pages. */
const BROWSER_URLS = ['chrome://newtab/', 'about:blank'];

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (re-read after it restarts). */
  worker(): Promise<Worker>;
  /** Opens an extension page, e.g. `popup.html`, in a new tab and waits for it to load. */
  openPage(path: string): Promise<Page>;
  /** Waits for a tab whose URL matches, e.g. the options page the extension opens on install. */
  waitForPage(url: RegExp): Promise<Page>;
  /** The toolbar badge's text, read in the service worker. */
  badgeText(): Promise<string>;
  /** Every URL requested so far that is not local to the browser or the extension. */
  networkRequests(): string[];
  close(): Promise<void>;
}

/**
 * For tests that are not about the end-of-day review: with no review days, the hour at which a
 * test runs can never put a waiting review in front of what it checks.
 */
export const NO_REVIEW_DAYS = { workdays: [] as number[] };

export interface LaunchOptions {
  /** Settings written to storage.local once the extension has started. */
  settings?: Record<string, unknown>;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  viewport?: { width: number; height: number };
  /** The browser's language (`de-DE`): pages and the worker read it as navigator.language. */
  locale?: string;
}

/** Starts Chromium with the built extension in a new, empty profile. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`No Chromium at ${CHROME_PATH}: install Debian's chromium or set CHROME_PATH.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'flourish-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.locale && { locale: options.locale }),
    // The whole browser, service worker included, runs in the test zone (a page-only emulation
    // would leave the worker, which schedules the alarms, on the machine's).
    env: zonedEnv(),
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));

  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  if (options.settings) await writeSettings(await worker(), options.settings);

  return {
    context,
    extensionId,
    worker,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async waitForPage(url) {
      const existing = context.pages().find((page) => url.test(page.url()));
      if (existing) return existing;
      const page = await context.waitForEvent('page', {
        predicate: (candidate) => url.test(candidate.url()),
      });
      return page;
    },
    async badgeText() {
      return (await worker()).evaluate(() =>
        (
          globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
        ).chrome.action.getBadgeText({}),
      );
    },
    networkRequests: () =>
      requests.filter((url) => !LOCAL_SCHEMES.includes(new URL(url).protocol) && !BROWSER_URLS.includes(url)),
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

interface StorageLocal {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Merges `changes` into the stored settings, from the worker (as the options page would). */
export async function writeSettings(worker: Worker, changes: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (values) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: StorageLocal } } }).chrome.storage
      .local;
    const { settings } = await local.get('settings');
    await local.set({ settings: { ...(settings as object), ...values } });
  }, changes);
}

/**
 * Starts Chromium with the extension as a leader past setup: the setup page the install opens is
 * closed first (it records its step as it opens, and that write could land after this one), then
 * setup is marked done.
 */
export async function launchSetUp(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const session = await launchExtension(options);
  const installed = await session.waitForPage(/options\.html/);
  await installed.getByRole('heading', { level: 1 }).waitFor();
  await installed.close();
  await (
    await session.worker()
  ).evaluate(async () => {
    const local = (globalThis as unknown as { chrome: { storage: { local: StorageLocal } } }).chrome.storage
      .local;
    await local.set({ setup: { step: 'done', completedAt: 1 } });
  });
  return session;
}
