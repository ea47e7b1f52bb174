import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { NO_REVIEW_DAYS, launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension({ settings: NO_REVIEW_DAYS });
});

afterAll(async () => {
  await session?.close();
});

describe('the foundation in Chromium', () => {
  it('opens the options page on first install', async () => {
    const options = await session.waitForPage(/options\.html#\/setup/);
    expect(new URL(options.url()).host).toBe(session.extensionId);
  });

  it('shows the vision written in options on the new-tab override', async () => {
    const options = await session.openPage('options.html#/vision');
    await options.getByLabel('My vision').fill('A team that thrives without me in every meeting');
    await options.getByText('Saved', { exact: true }).waitFor();

    await options.reload();
    await expect
      .poll(() => options.getByLabel('My vision').inputValue())
      .toBe('A team that thrives without me in every meeting');

    const newTab = await session.context.newPage();
    await newTab.goto('chrome://newtab/');
    await newTab.getByText('A team that thrives without me in every meeting').waitFor();
    expect(await newTab.title()).toBe('New tab · Flourish');
  });

  it('updates an open new tab live when the popup adds and ticks a commitment', async () => {
    const newTab = await session.context.newPage();
    await newTab.goto('chrome://newtab/');
    await newTab.getByRole('heading', { name: /Today/ }).waitFor();

    const popup = await session.openPage('popup.html');
    await popup.getByLabel('Commit to an action').fill('Prepare the board update');
    await popup.getByLabel('Commit to an action').press('Enter');

    const onNewTab = newTab.getByRole('checkbox', { name: 'Prepare the board update' });
    await onNewTab.waitFor();
    expect(await onNewTab.isChecked()).toBe(false);

    await popup.getByRole('checkbox', { name: 'Prepare the board update' }).check();
    await expect.poll(() => onNewTab.isChecked()).toBe(true);

    await popup.getByRole('checkbox', { name: 'Prepare the board update' }).uncheck();
    await expect.poll(() => onNewTab.isChecked()).toBe(false);
  });

  it.each(['popup.html', 'newtab.html', 'options.html'])('%s has no axe-core violations', async (path) => {
    const page = await session.openPage(path);
    await page.locator('main').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('made no network request from any page', () => {
    expect(session.networkRequests()).toEqual([]);
  });
});
