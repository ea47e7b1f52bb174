import { browser, type Browser } from 'wxt/browser';

/** On first install, opens the options page so the user can set Flourish up. */
export async function onInstalled(details: Browser.runtime.InstalledDetails): Promise<void> {
  if (details.reason === 'install') {
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html#/setup') });
  }
}
