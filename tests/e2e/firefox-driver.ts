/**
 * The shared flows' browser, in Debian's Firefox ESR through Puppeteer over WebDriver BiDi (see
 * driver.ts). What it takes, found on this machine:
 * - `--remote-allow-system-access`, or navigating to moz-extension:// pages is refused;
 * - the build installed as a temporary add-on (no signing), its internal UUID pinned by a pref so
 *   page URLs are known before it starts;
 * - `page.goto()` hangs on extension pages (Firefox drops their navigation events), while BiDi's
 *   `browsingContext.navigate(url, 'complete')` returns as soon as the page has loaded;
 * - about:newtab does not show the override here, but `tabs.create({})` from an extension page does.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { zonedEnv } from './clock';
import type { Evaluator } from './db';
import type { ApiGlobal, ExtensionBrowser, Role, Scope, Tab } from './driver';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id in the manifest (wxt.config.ts) and the internal UUID pinned for it. */
const GECKO_ID = 'flourish@flourish.app';
const EXTENSION_UUID = '5f1c2a7e-3b9d-4e8a-a6c1-0d2e4f6a8b0c';
const BASE = `moz-extension://${EXTENSION_UUID}`;

/** Runs in the page: the form control a label names (or an element with that aria-label), in `root` or the document. */
function controlLabelled(root: Element | null, label: string): HTMLElement | null {
  const scope = root ?? document;
  for (const element of scope.querySelectorAll('label'))
    if (element.textContent?.trim() === label && element.control) return element.control;
  return scope.querySelector<HTMLElement>(`[aria-label="${CSS.escape(label)}"]`);
}

/** Puppeteer's ARIA query: an element by role and exact accessible name. */
const aria = (role: Role, name: string) =>
  `::-p-aria([name="${name.replaceAll('"', '\\"')}"][role="${role}"])`;

/**
 * Waits for `wait` to succeed, asking again and again: a wait begun before the page reloads itself
 * would otherwise watch the old page for ever (Firefox sends no navigation events for extension
 * pages, so Puppeteer never moves the wait to the new one). Each try gets twice the time of the one
 * before (1 s, 2 s, 4 s, then 8 s): on a busy machine one query of the accessibility tree can take
 * longer than a second, and tries that could never finish would fail a wait for a page that is there.
 */
async function eventually<T>(wait: (timeout: number) => Promise<T>, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (let attempt = 1_000; ; attempt = Math.min(attempt * 2, 8_000)) {
    try {
      return await wait(Math.min(attempt, Math.max(deadline - Date.now(), 1)));
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
  }
}

/**
 * Where a scope looks: one element, or (null) the tab's current document. The page itself is asked
 * then, never a handle to its document, which would be left behind when the page reloads.
 */
function scope(page: Page, root: ElementHandle<Element> | null): Scope {
  const find = async (role: Role, name: string) => {
    const found = await eventually((timeout) =>
      (root ?? page).waitForSelector(aria(role, name), { timeout }),
    );
    if (!found) throw new Error(`No ${role} named “${name}”.`);
    return found;
  };
  const control = async (label: string) => {
    const handle = await eventually((timeout) =>
      page.waitForFunction(controlLabelled, { timeout }, root, label),
    );
    return handle.asElement() as ElementHandle<HTMLInputElement>;
  };
  return {
    async click(role, name) {
      await (await find(role, name)).click();
    },
    async waitFor(role, name) {
      await find(role, name);
    },
    async isChecked(role, name) {
      return (await find(role, name)).evaluate((element) => (element as HTMLInputElement).checked);
    },
    async fill(label, text) {
      const field = await control(label);
      await field.focus();
      await field.evaluate((element) => element.select());
      await page.keyboard.press('Backspace');
      await field.type(text);
    },
    async within(role, name) {
      return scope(page, await find(role, name));
    },
  };
}

function tab(page: Page, downloads: string): Tab {
  return {
    ...scope(page, null),
    // Puppeteer's evaluate takes the same function and argument; its types spell them differently.
    evaluate: (fn, arg) => (page as unknown as Evaluator).evaluate(fn, arg),
    async goto(path) {
      // Puppeteer's own goto waits for navigation events Firefox never sends for extension pages.
      const frame = page.mainFrame() as unknown as {
        browsingContext?: { navigate(url: string, wait: 'complete'): Promise<unknown> };
      };
      if (!frame.browsingContext)
        throw new Error('This Puppeteer no longer exposes the BiDi browsing context.');
      await frame.browsingContext.navigate(`${BASE}/${path}`, 'complete');
    },
    press: (key) => page.keyboard.press(key),
    async waitForText(text) {
      await eventually((timeout) =>
        page.waitForFunction((wanted) => document.body.innerText.includes(wanted), { timeout }, text),
      );
    },
    async upload(label, file) {
      const input = await eventually((timeout) =>
        page.waitForFunction(controlLabelled, { timeout }, null, label),
      );
      await (input.asElement() as ElementHandle<HTMLInputElement>).uploadFile(file);
    },
    async download(trigger) {
      const before = new Set(await readdir(downloads));
      await trigger();
      // Firefox first creates an empty `name` as a placeholder, writes `name.part`, then moves it
      // over `name`: the file is done when no `.part` is left and its size holds between looks.
      let lastSize = -1;
      for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
        const files = await readdir(downloads);
        const done = files.find((file) => !before.has(file) && !file.endsWith('.part'));
        const size =
          done && !files.some((file) => file.endsWith('.part'))
            ? (await stat(join(downloads, done))).size
            : -1;
        if (size > 0 && size === lastSize) return join(downloads, done!);
        lastSize = size;
        await new Promise((wake) => setTimeout(wake, 100));
      }
      throw new Error(`Nothing was downloaded to ${downloads}.`);
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

/** The newest page whose URL matches, waiting for it to appear. */
async function waitForPage(browser: Browser, matches: (url: string) => boolean, known: Page[] = []) {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    const pages = (await browser.pages()).filter((page) => !known.includes(page));
    for (const page of pages.reverse()) {
      const url = await page.evaluate(() => location.href).catch(() => '');
      if (matches(url)) return page;
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
  throw new Error('The expected tab did not open.');
}

export interface FirefoxOptions {
  viewport?: { width: number; height: number };
}

/** Starts Firefox ESR headless with the built Firefox extension installed in a fresh profile. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: install Debian's firefox-esr or set FIREFOX_PATH.`);
  }
  const downloads = await mkdtemp(join(tmpdir(), 'flourish-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    // In the test zone, where it is about midday (clock.ts).
    env: zonedEnv(),
    defaultViewport: options.viewport ?? { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Downloads go straight to a folder the test reads, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const open = async (path: string) => {
    const page = await browser.newPage();
    const opened = tab(page, downloads);
    await opened.goto(path);
    return opened;
  };

  return {
    name: 'Firefox',
    notificationButtons: false,
    grantsPersistence: true,
    installTab: async () =>
      tab(await waitForPage(browser, (url) => url.startsWith(`${BASE}/options.html`)), downloads),
    open,
    async openNewTab() {
      // A person's new tab, opened from an extension page (about:newtab skips the override here).
      const opener = await browser.newPage();
      const known = await browser.pages();
      await tab(opener, downloads).goto('options.html#/data');
      await opener.evaluate(() =>
        ((globalThis as ApiGlobal).browser ?? (globalThis as ApiGlobal).chrome)!.tabs.create({}),
      );
      const page = await waitForPage(browser, (url) => url === `${BASE}/newtab.html`, known);
      await opener.close();
      return tab(page, downloads);
    },
    // notifications.getAll() is unreliable right after create() in headless Firefox: flows
    // assert on what the extension recorded instead.
    notificationIds: async () => null,
    async close() {
      await browser.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
}
