/**
 * Two computers in step through the browser's sync: two profiles of the same browser, each with
 * Flourish, and a relay (relay.ts) standing in for the sync servers, which this machine cannot
 * reach. sync-chromium.e2e.ts and sync-firefox.e2e.ts run the same flows in each browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zonedToday } from './clock';
import { readTable } from './db';
import type { ApiGlobal, ExtensionBrowser, Tab } from './driver';
import { Relay } from './relay';

/** A change crossing from one profile to the other: a pass, the relay, the other's pass, on a busy machine. */
const CROSS = { timeout: 20_000 };

const VISION = 'A leadership team that runs the business while I shape what comes next.';

/** Past setup, with no review days, so no prompt comes between the steps. */
async function setUp(browser: ExtensionBrowser): Promise<Tab> {
  const tab = await browser.installTab();
  await tab.evaluate(async () => {
    const extension = ((globalThis as ApiGlobal).browser ?? (globalThis as ApiGlobal).chrome)!;
    const { settings } = await extension.storage.local.get('settings');
    await extension.storage.local.set({
      setup: { step: 'done', completedAt: 1 },
      settings: { ...(settings as object), workdays: [] },
    });
  }, undefined);
  await tab.goto('options.html#/settings');
  return tab;
}

/** The text of every Flourish item this profile holds in `storage.sync`. */
const syncedText = (tab: Tab) =>
  tab.evaluate(async () => {
    const extension = ((globalThis as ApiGlobal).browser ?? (globalThis as ApiGlobal).chrome)!;
    return JSON.stringify(await extension.storage.sync.get(null));
  }, undefined);

/** This profile's own keys in `storage.sync`. */
const ownKeys = (tab: Tab) =>
  tab.evaluate(async () => {
    const extension = ((globalThis as ApiGlobal).browser ?? (globalThis as ApiGlobal).chrome)!;
    const { syncChoice } = await extension.storage.local.get('syncChoice');
    const device = (syncChoice as { deviceId?: string } | undefined)?.deviceId;
    return Object.keys(await extension.storage.sync.get(null)).filter((key) =>
      key.startsWith(`fl1.${device}.`),
    );
  }, undefined);

export function describeSyncFlows(name: string, launch: () => Promise<ExtensionBrowser>): void {
  let laptop: ExtensionBrowser;
  let desktop: ExtensionBrowser;
  let laptopSettings: Tab;
  let desktopSettings: Tab;
  let relay: Relay;
  let today: string;

  beforeAll(async () => {
    today = zonedToday().toString();
    laptop = await launch();
    desktop = await launch();
    laptopSettings = await setUp(laptop);
    desktopSettings = await setUp(desktop);
    relay = new Relay(laptopSettings, desktopSettings);
  });

  afterAll(async () => {
    await relay?.stop();
    await Promise.all([laptop?.close(), desktop?.close()]);
  });

  describe(`${name}: two computers in step through the browser's sync`, () => {
    it('turns sync on in Settings on each computer', async () => {
      for (const settings of [laptopSettings, desktopSettings]) {
        await settings.click('button', 'Turn on');
        await settings.waitForText('On: this computer sends its copy');
      }
      await expect
        .poll(() => ownKeys(laptopSettings))
        .toEqual(expect.arrayContaining([expect.stringMatching(/\.m$/)]));
      await expect
        .poll(() => ownKeys(desktopSettings))
        .toEqual(expect.arrayContaining([expect.stringMatching(/\.m$/)]));
    });

    it('the vision written on the laptop shows on the desktop’s new tab', async () => {
      const vision = await laptop.open('options.html#/vision');
      await vision.fill('My vision', VISION);
      await vision.waitForText('Saved');
      const started = Date.now();
      const newTab = await desktop.openNewTab();
      await newTab.waitForText(VISION);
      console.info(
        `${name}: the vision showed on the second profile ${Date.now() - started} ms after it was saved`,
      );
      await Promise.all([vision.close(), newTab.close()]);
    });

    it('a commitment made on the laptop, ticked on the desktop, is reviewed on the laptop', async () => {
      const popup = await laptop.open('popup.html');
      await popup.fill('Commit to an action', 'Give Sam feedback');
      await popup.press('Enter');
      await popup.waitFor('checkbox', 'Give Sam feedback');

      const newTab = await desktop.openNewTab();
      await newTab.waitFor('checkbox', 'Give Sam feedback');
      await newTab.click('checkbox', 'Give Sam feedback');
      await expect.poll(() => popup.isChecked('checkbox', 'Give Sam feedback'), CROSS).toBe(true);

      const review = await laptop.open(`review.html?day=${today}`);
      await review.waitFor('heading', 'How did today go?');
      expect(await (await review.within('group', 'Give Sam feedback')).isChecked('radio', 'Done')).toBe(true);
      await review.click('button', 'Continue');
      await review.waitFor('heading', 'Reflect');
      await review.fill('What went well?', 'Sam took the feedback well.');
      await review.click('button', 'Finish review');
      await review.waitFor('heading', 'Review saved');

      await expect
        .poll(async () => {
          const reviews = await readTable<{ day: string; completedAt?: number; wentWell: string }>(
            newTab,
            'reviews',
          );
          return reviews.find((row) => row.day === today);
        }, CROSS)
        .toMatchObject({ wentWell: 'Sam took the feedback well.', completedAt: expect.any(Number) });
      await Promise.all([popup.close(), newTab.close(), review.close()]);
    });

    it('the same words changed on both computers while apart become the later change on both', async () => {
      relay.disconnect();
      const onLaptop = await laptop.open('options.html#/vision');
      await onLaptop.fill('My vision', 'Written on the laptop');
      await expect.poll(() => syncedText(laptopSettings)).toContain('Written on the laptop');
      const onDesktop = await desktop.open('options.html#/vision');
      await onDesktop.fill('My vision', 'Written later on the desktop');
      await expect.poll(() => syncedText(desktopSettings)).toContain('Written later on the desktop');
      // Apart: neither has heard of the other's words.
      expect(await syncedText(desktopSettings)).not.toContain('Written on the laptop');
      expect(await syncedText(laptopSettings)).not.toContain('Written later on the desktop');

      relay.connect();
      const [laptopTab, desktopTab] = [await laptop.openNewTab(), await desktop.openNewTab()];
      await laptopTab.waitForText('Written later on the desktop');
      await desktopTab.waitForText('Written later on the desktop');
      await Promise.all([onLaptop.close(), onDesktop.close(), laptopTab.close(), desktopTab.close()]);
    });
  });
}
