/**
 * The flows every browser must pass, written once: first-run setup to the new tab, today's list in
 * the popup, the end-of-day prompt from an alarm to a finished review that carries over, and
 * backup round trips, plain and protected by a password. flows-chromium.e2e.ts and
 * flows-firefox.e2e.ts run them in each browser.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solidPng } from '../support/png';
import { TEST_ZONE, zonedTime, zonedToday } from './clock';
import { dumpDatabase, readStorage, readTable, seedTables, storedImageSizes } from './db';
import type { ApiGlobal, ExtensionBrowser, Tab } from './driver';

const VISION = 'A leadership team that runs the business while I shape what comes next.';
const PURPOSE = 'To build teams where people do their best work.';
const VALUES = ['Candour', 'Curiosity', 'Care'];
const STRENGTHS = ['Perspective', 'Leadership', 'Honesty', 'Hope', 'Curiosity'];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const REPLACE = 'Replace everything: this device’s data and settings become the backup’s';

const promptAlarm = (tab: Tab) =>
  tab.evaluate(async () => {
    const extension = ((globalThis as ApiGlobal).browser ?? (globalThis as ApiGlobal).chrome)!;
    return (await extension.alarms.get('flourish:prompt'))?.scheduledTime;
  }, undefined);

const badge = (tab: Tab) =>
  tab.evaluate(
    () => ((globalThis as ApiGlobal).browser ?? (globalThis as ApiGlobal).chrome)!.action.getBadgeText({}),
    undefined,
  );

/** Merges `changes` into the stored settings, as the Settings page does. */
const setSettings = (tab: Tab, changes: object) =>
  tab.evaluate(async (values) => {
    const extension = ((globalThis as ApiGlobal).browser ?? (globalThis as ApiGlobal).chrome)!;
    const { settings } = await extension.storage.local.get('settings');
    await extension.storage.local.set({ settings: { ...(settings as object), ...values } });
  }, changes);

interface Row {
  id: string;
  day: string;
  title: string;
  status: string;
  carriedFrom?: string;
}

export function describeFlows(name: string, launch: () => Promise<ExtensionBrowser>): void {
  let browser: ExtensionBrowser;
  let options: Tab;
  let today: string;
  let tomorrow: string;

  beforeAll(async () => {
    // The flows are of one day: the browsers run where it is about midday (clock.ts), so no run
    // reaches midnight. Tomorrow by the calendar, not by adding 24 hours.
    today = zonedToday().toString();
    tomorrow = zonedToday().add({ days: 1 }).toString();
    browser = await launch();
    options = await browser.installTab();
    expect(await options.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone, undefined)).toBe(
      TEST_ZONE,
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe(`${name}: the flows every browser must pass`, () => {
    it('first-run setup: a purpose and three values', async () => {
      await options.waitFor('heading', 'Welcome to Flourish');
      await options.click('button', 'Let’s begin');
      await options.fill('My purpose', PURPOSE);
      await options.click('button', 'Continue');

      await options.waitFor('heading', 'Your values');
      for (const value of VALUES) {
        await options.fill('Add a value', value);
        await options.press('Enter');
        await options.waitForText(value);
      }
      await options.click('button', 'Continue');
    });

    it('first-run setup: the top five strengths', async () => {
      await options.waitFor('heading', 'Your strengths');
      for (const strength of STRENGTHS) {
        await options.fill('Type a strength and press Enter', strength);
        await options.press('Enter');
      }
      // Saved, not just typed: Continue refuses until five are in the ranking.
      await options.waitForText(`Your top ${STRENGTHS.length} are set.`);
      await options.click('button', 'Continue');
    });

    it('first-run setup: the vision, with a picture stored downscaled', async () => {
      await options.waitFor('heading', 'Your vision');
      await options.fill('My vision', VISION);
      const picture = join(tmpdir(), `flourish-harbour-${Date.now()}.png`);
      await writeFile(picture, solidPng(3000, 2000, [40, 110, 160]));
      await options.upload('Choose pictures', picture);
      await expect
        .poll(() => storedImageSizes(options), { timeout: 15_000 })
        .toEqual([{ width: 2560, height: 1707, type: 'image/png' }]);
      await rm(picture, { force: true });
      await options.click('button', 'Continue');
    });

    it('first-run setup: a goal, then finish, with everything stored and kept', async () => {
      await options.waitFor('heading', 'Your goals');
      await options.fill('New goal', 'Give feedback every week');
      await options.press('Enter');
      await options.waitForText('Give feedback every week');
      await options.click('button', 'Continue');
      await options.waitFor('heading', 'Your end-of-day review');
      await options.click('button', 'Finish');
      await options.waitFor('heading', 'You’re set');

      const [profile] = await readTable<{ purpose: string; values: string[] }>(options, 'profile');
      expect(profile).toMatchObject({ purpose: PURPOSE, values: VALUES });
      const strengths = await readTable<{ id: string; rank: number }>(options, 'strengths');
      expect(strengths.sort((a, b) => a.rank - b.rank).map((s) => s.id)).toEqual(
        STRENGTHS.map((s) => s.toLowerCase()),
      );

      // Kept through low disk space: persisted where the browser grants it (Firefox).
      await expect
        .poll(() => options.evaluate(() => navigator.storage.persisted(), undefined), { timeout: 10_000 })
        .toBe(browser.grantsPersistence);
    });

    it('then the new tab shows the vision and the values', async () => {
      const newTab = await browser.openNewTab();
      await newTab.waitForText(VISION);
      for (const value of VALUES) await newTab.waitForText(value);
      await newTab.close();
    });

    it('commits to two actions in the popup and ticks one', async () => {
      // No review days yet, so the badge counts open commitments whatever the hour.
      await setSettings(options, { workdays: [] });
      const popup = await browser.open('popup.html');
      for (const title of ['Write the board update', 'Give Sam feedback']) {
        await popup.fill('Commit to an action', title);
        await popup.press('Enter');
        await popup.waitFor('checkbox', title);
      }
      await popup.click('checkbox', 'Write the board update');
      await popup.waitForText('1 of 2 done');
      expect(await popup.isChecked('checkbox', 'Write the board update')).toBe(true);
      await expect.poll(() => badge(popup), { timeout: 10_000 }).toBe('1');
      await popup.close();
    });

    it('an alarm 2 s ahead brings the end-of-day prompt, once', async () => {
      // Every day a workday, the review time two whole minutes ahead, nothing shown yet today.
      const next = Math.ceil((Date.now() + 120_000) / 60_000) * 60_000;
      await options.evaluate(async (day) => {
        const extension = ((globalThis as ApiGlobal).browser ?? (globalThis as ApiGlobal).chrome)!;
        await extension.storage.local.set({
          prompts: { shown: {}, snoozed: null, timeZone: null, firstDay: day },
        });
      }, today);
      await setSettings(options, {
        workdays: EVERY_DAY,
        weeklyReviewDay: null,
        reviewTime: zonedTime(next),
      });
      await expect.poll(() => promptAlarm(options), { timeout: 10_000 }).toBe(next);

      await options.evaluate(async () => {
        const extension = ((globalThis as ApiGlobal).browser ?? (globalThis as ApiGlobal).chrome)!;
        await extension.alarms.create('flourish:prompt', { when: Date.now() + 2000 });
      }, undefined);
      // Recorded only once the browser accepted the notification: in Firefox, one without buttons.
      await expect
        .poll(() => readStorage(options, 'prompts'), { timeout: 20_000 })
        .toMatchObject({ shown: { 'daily-review': today } });
      await expect.poll(() => badge(options), { timeout: 10_000 }).toBe('!');
      const shown = await browser.notificationIds();
      if (shown !== null) expect(shown).toEqual([`flourish-prompt|daily-review|${today}|${today}`]);
      // Once: the next prompt is tomorrow's.
      await expect
        .poll(() => promptAlarm(options), { timeout: 10_000 })
        .toBeGreaterThan(Date.now() + 60 * 60_000);
    });

    it('the review page completes the day and carries the open commitment to tomorrow', async () => {
      const review = await browser.open(`review.html?day=${today}`);
      await review.waitFor('heading', 'How did today go?');
      expect(await (await review.within('group', 'Write the board update')).isChecked('radio', 'Done')).toBe(
        true,
      );
      const sam = await review.within('group', 'Give Sam feedback');
      await sam.click('radio', 'Not done');
      await sam.click('radio', 'Meetings and interruptions');
      await review.click('button', 'Continue');
      await review.waitFor('heading', 'Reflect');
      await review.fill('What went well?', 'The board update landed well.');
      await review.click('button', 'Finish review');
      await review.waitFor('heading', 'Review saved');
      await review.waitForText('1 of 2 done. 1 carried to');

      const rows = await readTable<Row>(review, 'commitments');
      const original = rows.find((c) => c.day === today && c.title === 'Give Sam feedback')!;
      expect(original.status).toBe('not-done');
      expect(rows.filter((c) => c.day === tomorrow).map((c) => [c.title, c.status, c.carriedFrom])).toEqual([
        ['Give Sam feedback', 'open', original.id],
      ]);
      const [saved] = await readTable<{ outcomes: { commitmentId: string; obstacle?: string }[] }>(
        review,
        'reviews',
      );
      expect(saved?.outcomes.find((o) => o.commitmentId === original.id)?.obstacle).toBe('meetings');
      await expect.poll(() => badge(review), { timeout: 10_000 }).toBe('');
      await review.close();
    });

    it('the session prep shows a question noted for the coach', async () => {
      // Seeded from another page before the prep opens: a page's live queries do not see writes
      // made around Dexie.
      await seedTables(options, {
        questions: [{ id: 'q1', text: 'How do I say no to my CEO?', createdAt: 1, updatedAt: 1 }],
      });
      const prep = await browser.open('options.html#/prep');
      await prep.waitFor('heading', 'Questions to bring');
      await prep.waitForText('How do I say no to my CEO?');
      await prep.close();
    });

    it('backs up, deletes everything, and restores exactly what there was', async () => {
      const data = await browser.open('options.html#/data');
      await data.waitFor('button', 'Download a backup');
      const before = await dumpDatabase(data);
      const settings = await readStorage(data, 'settings');
      const file = await data.download(() => data.click('button', 'Download a backup'));
      const backup = JSON.parse(await readFile(file, 'utf8'));
      expect(backup).toMatchObject({ format: 'flourish-backup', formatVersion: 1 });
      expect(backup.tables.commitments).toHaveLength(3);
      expect(backup.tables.visionImages).toHaveLength(1);
      // The file was checked as a restore would check it (off the page, its picture decoded).
      await data.waitForText('to your downloads.');

      await data.fill('Type “delete” to confirm', 'delete');
      await data.click('button', 'Delete everything');
      await data.waitFor('heading', 'Welcome to Flourish');
      const empty = await dumpDatabase(data);
      expect(Object.values(empty).every((rows) => rows.length === 0)).toBe(true);

      // A person starting over finds the way back from setup's first step.
      await data.click('link', 'Restore it from a backup file');
      await data.upload('Backup file', file);
      // With nothing on the device to merge with, restoring it whole is already chosen.
      await data.waitFor('button', 'Replace everything');
      expect(await data.isChecked('radio', REPLACE)).toBe(true);
      await data.click('button', 'Replace everything');
      await data.waitForText('Your data was replaced with the backup.');
      expect(await dumpDatabase(data)).toEqual(before);
      // The backup holds complete settings; what was stored (only what differed from the defaults) is kept.
      expect(await readStorage(data, 'settings')).toMatchObject(settings as object);
      await data.close();
    });

    it('a backup protected by a password: unreadable without it, refused with a wrong one, restored with it', async () => {
      const data = await browser.open('options.html#/data');
      await data.waitFor('button', 'Download a backup');
      const before = await dumpDatabase(data);
      await data.click('checkbox', 'Protect this backup with a password');
      await data.fill('Password', 'Harbour-2027');
      await data.fill('Password again', 'Harbour-2027');
      const file = await data.download(() => data.click('button', 'Download a backup'));
      const text = await readFile(file, 'utf8');
      expect(JSON.parse(text)).toMatchObject({
        format: 'flourish-backup-protected',
        kdf: { iterations: 600_000 },
      });
      expect(text).not.toContain('leadership team');
      expect(text).not.toContain('Candour');
      // The very file was opened with its password and checked before it was called saved.
      await data.waitForText('-protected.json to your downloads.');

      await data.upload('Backup file', file);
      await data.waitForText('This backup is protected by a password. Type its password to open it.');
      await data.fill('Password of the backup', 'harbour-2027');
      await data.click('button', 'Open the backup');
      await data.waitForText('That password does not open this backup.');
      expect(await dumpDatabase(data)).toEqual(before);

      // A change made after the backup, which restoring it whole takes back.
      const [vision] = before.vision as object[];
      await seedTables(data, { vision: [{ ...vision, statement: 'Written after the backup.' }] });
      expect(await dumpDatabase(data)).not.toEqual(before);
      await data.fill('Password of the backup', 'Harbour-2027');
      await data.click('button', 'Open the backup');
      await data.click('radio', REPLACE);
      await data.click('button', 'Replace everything');
      await data.waitForText('Your data was replaced with the backup.');
      expect(await dumpDatabase(data)).toEqual(before);
      await data.close();
    });
  });
}
