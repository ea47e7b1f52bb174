/** The shared flows' browser, in Chromium through Playwright (see driver.ts). */
import type { Locator, Page } from 'playwright-core';
import type { Evaluator } from './db';
import type { ExtensionBrowser, Role, Scope, Tab } from './driver';
import { launchExtension, type ExtensionSession, type LaunchOptions } from './harness';

function scope(page: Page, root: Page | Locator): Scope {
  const byRole = (role: Role, name: string) => root.getByRole(role, { name, exact: true });
  return {
    click: (role, name) => byRole(role, name).click(),
    waitFor: (role, name) => byRole(role, name).first().waitFor(),
    isChecked: (role, name) => byRole(role, name).isChecked(),
    async fill(label, text) {
      const field = root.getByLabel(label, { exact: true });
      await field.clear();
      await field.pressSequentially(text);
    },
    async within(role, name) {
      const part = byRole(role, name);
      await part.waitFor();
      return scope(page, part);
    },
  };
}

function tab(session: ExtensionSession, page: Page): Tab {
  return {
    ...scope(page, page),
    // Playwright's evaluate takes the same function and argument; its types spell them differently.
    evaluate: (fn, arg) => (page as unknown as Evaluator).evaluate(fn, arg),
    async goto(path) {
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    },
    press: (key) => page.keyboard.press(key),
    async waitForText(text) {
      await page.waitForFunction((wanted) => document.body.innerText.includes(wanted), text);
    },
    upload: (label, file) => page.getByLabel(label, { exact: true }).setInputFiles(file),
    async download(trigger) {
      const started = page.waitForEvent('download');
      await trigger();
      const path = await (await started).path();
      if (!path) throw new Error('The download failed.');
      return path;
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const session = await launchExtension(options);
  return {
    name: 'Chromium',
    notificationButtons: true,
    grantsPersistence: false,
    installTab: async () => tab(session, await session.waitForPage(/options\.html/)),
    open: async (path) => tab(session, await session.openPage(path)),
    async openNewTab() {
      const page = await session.context.newPage();
      await page.goto('chrome://newtab/');
      return tab(session, page);
    },
    async notificationIds() {
      const worker = await session.worker();
      return worker.evaluate(async () =>
        Object.keys(
          await (
            globalThis as unknown as { chrome: { notifications: { getAll(): Promise<object> } } }
          ).chrome.notifications.getAll(),
        ),
      );
    },
    close: () => session.close(),
  };
}
