import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onInstalled } from '../../../entrypoints/background/on-installed';

describe('on install', () => {
  it('opens the options page on first install', async () => {
    await onInstalled({ reason: 'install' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain('chrome-extension://test-extension-id/options.html#/setup');
  });

  it('opens nothing on an update', async () => {
    await onInstalled({ reason: 'update', previousVersion: '0.0.9' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).not.toContain(
      'chrome-extension://test-extension-id/options.html#/setup',
    );
  });
});
