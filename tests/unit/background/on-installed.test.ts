import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onInstalled } from '../../../entrypoints/background/on-installed';

describe('on install', () => {
  it('opens the options page on first install', async () => {
    await onInstalled({ reason: 'install' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain('chrome-extension://test-extension-id/options.html#/setup');
  });

  it.each([
    ['an update', { reason: 'update', previousVersion: '0.0.9' }],
    ['a browser update', { reason: 'chrome_update' }],
  ] as const)('opens nothing on %s', async (_case, details) => {
    const before = await fakeBrowser.tabs.query({});
    await onInstalled(details);
    expect(await fakeBrowser.tabs.query({})).toEqual(before);
  });
});
