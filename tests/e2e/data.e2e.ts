import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solidPng } from '../support/png';
import { axeViolations } from './axe';
import { dumpDatabase, seedTables } from './db';
import { NO_REVIEW_DAYS, launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
let page: Page;
let backupPath: string;
let before: Record<string, unknown[]>;

const HOSTILE = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';

beforeAll(async () => {
  session = await launchExtension({ settings: NO_REVIEW_DAYS });
  page = await session.openPage('options.html#/vision');
  await page
    .getByLabel('My vision')
    .fill('A leadership team that runs the business while I shape what comes next.');
  await page.getByText('Saved', { exact: true }).waitFor();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'harbour.png', mimeType: 'image/png', buffer: solidPng(64, 48) });
  await page.getByRole('list', { name: 'Pictures on your vision board' }).getByRole('img').waitFor();
  await seedTables(page, {
    commitments: [
      {
        id: 'c1',
        day: '2026-11-24',
        title: 'Board update',
        status: 'done',
        order: 1,
        createdAt: 1,
        updatedAt: 1,
        doneAt: 2,
      },
      {
        id: 'c2',
        day: '2026-11-24',
        title: 'Feedback to Sam',
        status: 'not-done',
        order: 2,
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    reviews: [
      {
        day: '2026-11-24',
        completedAt: 3,
        outcomes: [{ commitmentId: 'c2', status: 'not-done', obstacle: 'meetings' }],
        wentWell: 'Calm',
        strengthsUsed: ['hope'],
        learned: '',
        tomorrowFocus: '',
        energy: 4,
        stress: 2,
        updatedAt: 3,
      },
    ],
  });
});

afterAll(async () => {
  await session?.close();
});

describe('your data, in Chromium', () => {
  it('downloads one backup file named for today, with every table', async () => {
    await page.goto(`chrome-extension://${session.extensionId}/options.html#/data`);
    before = await dumpDatabase(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a backup' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^flourish-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupPath = join(tmpdir(), `flourish-e2e-${Date.now()}.json`);
    await file.saveAs(backupPath);
    const backup = JSON.parse(await readFile(backupPath, 'utf8'));
    expect(backup).toMatchObject({ format: 'flourish-backup', formatVersion: 1 });
    expect(backup.tables.commitments).toHaveLength(2);
    expect(backup.tables.visionImages).toHaveLength(1);
    await page.getByText(/Saved flourish-backup-.*\.json to your downloads\./).waitFor();
  });

  it('refuses a file that is not a backup, in plain words, and changes nothing', async () => {
    const input = page.getByLabel('Backup file');
    await input.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":"coach"}'),
    });
    const alert = page.getByRole('alert');
    await alert.getByText('This file is not a Flourish backup.').waitFor();
    await alert.getByText('Nothing was changed.').waitFor();
    expect(await dumpDatabase(page)).toEqual(before);
  });

  it('deletes everything only after “delete” is typed, and starts setup again', async () => {
    const button = page.getByRole('button', { name: 'Delete everything' });
    expect(await button.isDisabled()).toBe(true);
    await page.getByLabel('Type “delete” to confirm').fill('delete');
    await button.click();
    await page.getByRole('heading', { name: 'Welcome to Flourish' }).waitFor();
    const empty = await dumpDatabase(page);
    expect(Object.values(empty).every((rows) => rows.length === 0)).toBe(true);
  });

  it('restores the backup exactly, after a preview of what it will do', async () => {
    await page.goto(`chrome-extension://${session.extensionId}/options.html#/data`);
    await page.getByLabel('Backup file').setInputFiles(backupPath);
    await page.getByRole('table', { name: 'What will happen' }).waitFor();
    await page.getByLabel(/Replace everything/).check();
    const commitmentsRow = page.getByRole('row', { name: /Commitments/ });
    await expect.poll(() => commitmentsRow.textContent()).toContain('0 replaced by 2');
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByText('Your data was replaced with the backup.').waitFor();
    expect(await dumpDatabase(page)).toEqual(before);
  });

  it('merging the same backup again changes nothing: its picture is recognised by its bytes', async () => {
    await page.getByLabel('Backup file').setInputFiles(backupPath);
    // This device has data now, so merging is what is offered.
    expect(await page.getByLabel(/^Merge/).isChecked()).toBe(true);
    const pictures = page.getByRole('row', { name: /Vision board pictures/ });
    await expect.poll(() => pictures.textContent()).toContain('0 new, 0 updated, 1 kept');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText('The backup was merged into your data.').waitFor();
    expect(await dumpDatabase(page)).toEqual(before);
  });

  it('shows text from a hostile backup as text: no markup, no script', async () => {
    const backup = JSON.parse(await readFile(backupPath, 'utf8'));
    backup.tables.vision[0].statement = HOSTILE;
    const hostilePath = join(tmpdir(), `flourish-hostile-${Date.now()}.json`);
    await writeFile(hostilePath, JSON.stringify(backup));
    await page.getByLabel('Backup file').setInputFiles(hostilePath);
    await page.getByLabel(/Replace everything/).check();
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByText('Your data was replaced with the backup.').waitFor();

    const dialogs: string[] = [];
    const newTab = await session.context.newPage();
    newTab.on('dialog', (dialog) => dialogs.push(dialog.message()));
    await newTab.goto('chrome://newtab/');
    await newTab.getByText(HOSTILE).waitFor();
    expect(await newTab.locator('.vision img[src="x"], .vision script').count()).toBe(0);
    expect(await newTab.title()).toBe('New tab · Flourish');
    expect(dialogs).toEqual([]);
    await newTab.close();
  });

  it('reminds, quietly, when the last backup is over 30 days old', async () => {
    await page.evaluate(async () => {
      const local = (
        globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
      ).chrome.storage.local;
      await local.set({ backup: { lastExportAt: Date.now() - 40.5 * 86_400_000 } });
    });
    await page.goto(`chrome-extension://${session.extensionId}/options.html#/goals`);
    await page.getByText('Your last backup was 40 days ago.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'the data page has no axe-core violations in %s mode',
    async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${session.extensionId}/options.html#/data`);
      await page.getByRole('heading', { name: 'Delete all my data' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it('explains, instead of a blank page, when IndexedDB is unavailable', async () => {
    const blocked = await session.context.newPage();
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await blocked.goto(`chrome-extension://${session.extensionId}/options.html#/vision`);
    await blocked.getByRole('heading', { name: 'Flourish can’t reach your data' }).waitFor();
    await blocked.getByText(/Nothing has been deleted\./).waitFor();
    expect(await axeViolations(blocked)).toEqual([]);
    await blocked.close();
  });
});
