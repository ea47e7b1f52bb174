import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../entrypoints/options/router';
import { SETUP_TITLES } from '../../entrypoints/options/setup/step-titles';
import { SETUP_STEPS } from '../../lib/domain/setup-steps';
import { solidPng } from '../support/png';
import { axeViolations } from './axe';
import { readStorage, readTable, storedImageSizes } from './db';
import { NO_REVIEW_DAYS, launchExtension, type ExtensionSession } from './harness';
import { tabAndPress, tabAndType, tabTo } from './keyboard';

const VISION = 'A leadership team that runs the business while I shape what comes next.';
const STRENGTHS = ['Perspective', 'Leadership', 'Honesty', 'Hope', 'Zest', 'Curiosity'];
const VALUES = ['Candour', 'Curiosity', 'Care'];

let session: ExtensionSession;
let options: Page;

beforeAll(async () => {
  session = await launchExtension({ settings: NO_REVIEW_DAYS });
  options = await session.waitForPage(/options\.html#\/setup/);
});

afterAll(async () => {
  await session?.close();
});

const button = (name: string | RegExp) => options.getByRole('button', { name, exact: true });
const heading = (name: string) => options.getByRole('heading', { level: 1, name });

describe('first-run setup, by keyboard alone', () => {
  it('opens by itself on install, at the welcome', async () => {
    await heading('Welcome to Flourish').waitFor();
    await options.getByText('Everything stays on this device.').waitFor();
  });

  it('records a purpose and three values', async () => {
    await tabAndPress(options, button('Let’s begin'));
    await heading('Your purpose').waitFor();
    await options.getByText('Step 1 of 6').waitFor();
    await tabAndType(
      options,
      options.getByLabel('My purpose'),
      'To build teams where people do their best work.',
    );
    await tabAndPress(options, button('Continue'));

    await heading('Your values').waitFor();
    for (const value of VALUES) {
      await tabAndType(options, options.getByLabel('Add a value'), value);
      await options.keyboard.press('Enter');
      await options.getByRole('list', { name: 'My values' }).getByLabel(`Value: ${value}`).waitFor();
    }
    await tabAndPress(options, button('Continue'));
  });

  it('ranks strengths by typing their names, and requires the top five to continue', async () => {
    await heading('Your strengths').waitFor();
    expect(await options.getByRole('link', { name: /VIA survey/ }).getAttribute('href')).toBe(
      'https://www.viacharacter.org/',
    );
    await options.getByText('VIA Classification © VIA Institute on Character').waitFor();

    await tabAndType(options, options.getByLabel('Type a strength and press Enter'), 'Perspective');
    await options.keyboard.press('Enter');
    await tabAndPress(options, button('Continue'));
    await options.getByRole('alert').filter({ hasText: 'Add at least your top 5 strengths' }).waitFor();

    for (const name of STRENGTHS.slice(1)) {
      await tabAndType(options, options.getByLabel('Type a strength and press Enter'), name);
      await options.keyboard.press('Enter');
    }
    const ranking = options.getByRole('list', { name: 'My strengths ranking' });
    await expect.poll(() => ranking.getByRole('listitem').count()).toBe(6);
    await tabAndPress(options, button('Continue'));
  });

  it('writes the vision and uploads a picture through the file input; a text file is refused', async () => {
    await heading('Your vision').waitFor();
    await tabAndType(options, options.getByLabel('My vision'), VISION);
    await tabAndType(
      options,
      options.getByLabel('How it looks'),
      'Calm Mondays; decisions made without me. The team runs the weekly numbers and brings me the two questions that matter. Customers call the people who can answer, not me. I walk the floor on Thursdays.',
    );
    // The text area grows with its text: none of it hides behind a scroll bar.
    const looks = options.getByLabel('How it looks');
    expect(await looks.evaluate((area) => area.scrollHeight - area.clientHeight)).toBeLessThanOrEqual(1);
    await tabAndType(options, options.getByLabel('How it feels'), 'Trusted, energised, unhurried.');

    const fileInput = options.locator('input[type=file]');
    await tabTo(options, fileInput);
    await fileInput.setInputFiles({
      name: 'harbour.png',
      mimeType: 'image/png',
      buffer: solidPng(4000, 3000),
    });
    const board = options.getByRole('list', { name: 'Pictures on your vision board' });
    await board.getByRole('img').waitFor();
    // No native "Choose files / No file chosen" is left: the input is hidden, its label is the button.
    expect((await fileInput.boundingBox())?.width).toBeLessThanOrEqual(1);
    expect(await options.getByText('Choose pictures').isVisible()).toBe(true);

    await fileInput.setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a picture'),
    });
    await options
      .getByRole('alert')
      .filter({ hasText: '“notes.txt” is not a picture Flourish can use' })
      .waitFor();
    expect(await board.getByRole('img').count()).toBe(1);
    // The 4000×3000 original is stored downscaled to 2560 px on its longest side.
    expect(await storedImageSizes(options)).toEqual([{ width: 2560, height: 1920, type: 'image/png' }]);

    await tabAndPress(options, button('Continue'));
  });

  it('adds a goal, then sets the review time as typed, the workdays, and tries a notification', async () => {
    await heading('Your goals').waitFor();
    await tabAndType(
      options,
      options.getByLabel('New goal'),
      'Manage staff performance with regular feedback',
    );
    await options.keyboard.press('Enter');
    const goal = options.getByRole('list', { name: 'Your goals' }).getByRole('listitem');
    await goal.waitFor();
    // Setup's card: what a first list needs, not achieving or archiving.
    await goal.getByRole('button', { name: /^Remove/ }).waitFor();
    expect(await goal.getByRole('button', { name: /Mark achieved|Archive/ }).count()).toBe(0);
    await tabAndPress(options, button('Continue'));

    await heading('Your end-of-day review').waitFor();
    await tabTo(options, options.getByLabel('End-of-day review time'));
    await options.keyboard.press('Control+A');
    await options.keyboard.type('25:00');
    await options.keyboard.press('Tab');
    await options.getByRole('alert').filter({ hasText: 'hours go from 0 to 23' }).waitFor();
    await tabTo(options, options.getByLabel('End-of-day review time'));
    await options.keyboard.press('Control+A');
    await options.keyboard.type('6:15 pm');
    await options.keyboard.press('Tab');
    await options.getByText('Saved', { exact: true }).first().waitFor();
    expect(await options.getByLabel('End-of-day review time').inputValue()).toMatch(/^6:15\sPM$/);
    await tabAndPress(options, options.getByRole('checkbox', { name: 'Saturday' }), 'Space');
    await expect
      .poll(async () => (await readStorage(options, 'settings')) as object)
      .toMatchObject({
        workdays: [6],
      });
    await tabAndPress(options, button('Send a test notification'));
    await options.getByText(/A sample notification is on its way/).waitFor();
    await tabAndPress(options, button('Finish'));
    await heading('You’re set').waitFor();
    await options.getByText(/Your first end-of-day review prompt comes/).waitFor();
    expect(await options.getByRole('link', { name: 'Leave setup' }).count()).toBe(0);
  });

  it('stored everything the user entered', async () => {
    const [profile] = await readTable<{ purpose: string; values: string[] }>(options, 'profile');
    expect(profile?.values).toEqual(VALUES);
    expect(profile?.purpose).toBe('To build teams where people do their best work.');
    const goals = await readTable<{ title: string; status: string }>(options, 'goals');
    expect(goals.map((g) => [g.title, g.status])).toEqual([
      ['Manage staff performance with regular feedback', 'active'],
    ]);
    expect(await readStorage(options, 'settings')).toMatchObject({ reviewTime: '18:15', workdays: [6] });
  });

  it('then a new tab shows the vision, the picture and the values', async () => {
    const opened = session.context.waitForEvent('page');
    await tabAndPress(options, button('Open a new tab'));
    const newTab = await opened;
    await newTab.getByText(VISION).waitFor();
    await newTab.getByRole('img', { name: /vision board/ }).waitFor();
    await newTab.getByText('Candour').waitFor();
    await newTab.getByText('To build teams where people do their best work.').waitFor();
  });

  it('and the popup shows the top five strengths, with a description on focus', async () => {
    const popup = await session.openPage('popup.html');
    const chips = popup.getByRole('list', { name: 'My top strengths' }).getByRole('button');
    await expect.poll(() => chips.allTextContents()).toEqual(STRENGTHS.slice(0, 5));
    await tabTo(popup, chips.first());
    expect(await popup.getByRole('tooltip').textContent()).toContain('big picture');
    await popup.close();
  });
});

describe('resuming and autosave', () => {
  it('resumes setup at the step where the page was closed', async () => {
    await options.goto(`chrome-extension://${session.extensionId}/options.html#/setup/values`);
    await heading('Your values').waitFor();
    await options.close();
    options = await session.openPage('options.html#/setup');
    await heading('Your values').waitFor();
  });

  it('loses nothing when the page is closed in the middle of typing', async () => {
    await options.goto(`chrome-extension://${session.extensionId}/options.html#/purpose`);
    const purpose = options.getByLabel('My purpose');
    await purpose.fill('');
    await purpose.pressSequentially('Typed just before closing');
    await options.close({ runBeforeUnload: true });
    options = await session.openPage('options.html#/purpose');
    await expect.poll(() => options.getByLabel('My purpose').inputValue()).toBe('Typed just before closing');
    await expect
      .poll(async () => (await readTable<{ purpose: string }>(options, 'profile'))[0]?.purpose)
      .toBe('Typed just before closing');
  });
});

describe('accessibility', () => {
  const sections = ['purpose', 'values', 'strengths', 'vision', 'goals', 'recurring', 'settings'] as const;
  const routes = [
    ...SETUP_STEPS.map((step) => ({ path: `setup/${step}`, title: SETUP_TITLES[step].title })),
    ...sections.map((id) => ({ path: id, title: SECTIONS.find((s) => s.id === id)!.title })),
  ];

  const cases = (['light', 'dark'] as const).flatMap((scheme) =>
    routes.map(({ path, title }) => [path, scheme, title] as const),
  );

  // One test per route and scheme: each is a few seconds of work, however busy the machine.
  it.each(cases)('#/%s passes axe-core in %s mode', async (path, scheme, title) => {
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${session.extensionId}/options.html#/${path}`);
    // Moving between `#/…` routes keeps the page, and its old h1: wait for this route's own heading.
    await options.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    await options.locator('main').waitFor();
    expect(await axeViolations(options)).toEqual([]);
  });
});
