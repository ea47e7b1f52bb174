import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solidPng } from '../support/png';
import { axeViolations } from './axe';
import { dumpDatabase, readStorage, readTable, seedTables } from './db';
import { NO_REVIEW_DAYS, launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
let page: Page;
let backupPath: string;
let before: Record<string, unknown[]>;
/** The files this suite writes, in one folder removed at the end. */
let files: string;

const HOSTILE = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';

beforeAll(async () => {
  files = await mkdtemp(join(tmpdir(), 'flourish-data-'));
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
  if (files) await rm(files, { recursive: true, force: true });
});

describe('your data, in Chromium', () => {
  it('downloads one backup file named for today, with every table', async () => {
    await page.goto(`chrome-extension://${session.extensionId}/options.html#/data`);
    before = await dumpDatabase(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a backup' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^flourish-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupPath = join(files, 'backup.json');
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

  it('protects a backup with a password: locked without it, refused with a wrong one, restored with it', async () => {
    await page.getByLabel('Protect this backup with a password').check();
    await page.getByLabel('Password', { exact: true }).fill('harbour');
    await page.getByLabel('Password again').fill('harbour');
    await page.getByRole('button', { name: 'Download a backup' }).click();
    await page.getByRole('alert').getByText('Use at least 8 characters.').waitFor();
    await page.getByLabel('Password', { exact: true }).fill('Harbour-2027');
    await page.getByLabel('Password again').fill('Harbour-2027');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a backup' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^flourish-backup-\d{4}-\d{2}-\d{2}-protected\.json$/);
    const protectedPath = join(files, 'protected.json');
    await file.saveAs(protectedPath);
    const text = await readFile(protectedPath, 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      format: 'flourish-backup-protected',
      kdf: { iterations: 600_000 },
    });
    expect(text).not.toContain('leadership team');
    // The very file is opened with its password and checked before it is called saved.
    await page.getByText(/Saved flourish-backup-.*-protected\.json to your downloads\./).waitFor();

    await page.getByLabel('Backup file').setInputFiles(protectedPath);
    const password = page.getByLabel('Password of the backup');
    await password.waitFor();
    await page.getByText('This backup is protected by a password. Type its password to open it.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await password.fill('harbour-2027');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await page
      .getByRole('alert')
      .getByText(/^That password does not open this backup\./)
      .waitFor();
    expect(await dumpDatabase(page)).toEqual(before);
    await password.fill('Harbour-2027');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await page.getByRole('table', { name: 'What will happen' }).waitFor();
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText('The backup was merged into your data.').waitFor();
    expect(await dumpDatabase(page)).toEqual(before);
  });

  it('shows text from a hostile backup as text: no markup, no script', async () => {
    const backup = JSON.parse(await readFile(backupPath, 'utf8'));
    backup.tables.vision[0].statement = HOSTILE;
    const hostilePath = join(files, 'hostile.json');
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

// A backup spoiled on purpose has no type worth stating: any field may become anything.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the copy is deliberately untyped
type Spoilable = Record<string, any>;

/** The downloaded backup, changed by `change`, as the text of a file. */
async function spoiledBackup(change: (backup: Spoilable) => void): Promise<Buffer> {
  const backup = JSON.parse(await readFile(backupPath, 'utf8'));
  change(backup);
  return Buffer.from(JSON.stringify(backup));
}

describe('restoring only what Flourish itself could have written, in Chromium', () => {
  it.each([
    [
      'a picture whose first bytes look like a PNG but that no browser can decode',
      (b: Spoilable) =>
        (b.tables.visionImages[0].image.base64 = Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          Buffer.from('no picture here at all'),
        ]).toString('base64')),
      'This backup cannot be imported: picture 1 looks like a picture but could not be read; the file may be damaged.',
    ],
    [
      'a commitment in a year the date code cannot handle',
      (b: Spoilable) => (b.tables.commitments[0].day = '0100-03-01'),
      'This backup cannot be imported: commitment 1: day is not a date from 1970-01-01 to 9999-12-31.',
    ],
    [
      'a workday twice',
      (b: Spoilable) => (b.settings.workdays = [2, 2]),
      'This backup cannot be imported: settings: each workday can be chosen only once.',
    ],
  ])('refuses %s, in plain words, and changes nothing', async (_case, change, message) => {
    await page.goto(`chrome-extension://${session.extensionId}/options.html#/data`);
    const dataBefore = await dumpDatabase(page);
    await page.getByLabel('Backup file').setInputFiles({
      name: 'edited.json',
      mimeType: 'application/json',
      buffer: await spoiledBackup(change),
    });
    const alert = page.getByRole('alert');
    await alert.getByText(message, { exact: true }).waitFor();
    await alert.getByText('Nothing was changed.').waitFor();
    expect(await dumpDatabase(page)).toEqual(dataBefore);
  });

  it('names a stray “}” as what it is, with its line and column', async () => {
    const text = `${(await readFile(backupPath, 'utf8')).trimEnd()}\n}\n`;
    await page.getByLabel('Backup file').setInputFiles({
      name: 'edited.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page
      .getByRole('alert')
      .getByText('The file has an error at line 2, column 1: an extra “}” that closes nothing.')
      .waitFor();
  });

  it.each([
    ['in year 1', Date.parse('0001-01-01T00:00:00Z')],
    ['in the year 275760', 8.64e15],
  ])('draws the Data page whatever last backup is stored: one %s', async (_case, lastExportAt) => {
    await page.evaluate(async (at) => {
      const local = (
        globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
      ).chrome.storage.local;
      await local.set({ backup: { lastExportAt: at } });
    }, lastExportAt);
    await page.goto(`chrome-extension://${session.extensionId}/options.html#/data`);
    // The whole page is there (a date no function can draw used to leave it blank), and says so.
    await page.getByRole('heading', { name: 'Delete all my data' }).waitFor();
    await page.getByRole('button', { name: 'Download a backup' }).waitFor();
    await page
      .getByText('The date of the last backup cannot be right; make a new backup to be sure.')
      .waitFor();
  });

  it('finishes a restore whose page was closed between its data and its settings, when Flourish next opens', async () => {
    const buffer = await spoiledBackup((b) => {
      b.settings.reviewTime = '06:45';
      b.tables.commitments.push({
        ...b.tables.commitments[0],
        id: 'across-a-closed-page',
        title: 'Restored across a closed page',
      });
    });
    const restoring = await session.context.newPage();
    // This page will be closed as it writes the settings: its extension-storage writes never end.
    await restoring.addInitScript(() => {
      const local = (globalThis as unknown as { chrome: { storage: { local: Record<string, unknown> } } })
        .chrome.storage.local;
      local.set = () => new Promise(() => undefined);
    });
    await restoring.goto(`chrome-extension://${session.extensionId}/options.html#/data`);
    await restoring
      .getByLabel('Backup file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer });
    await restoring.getByLabel(/Replace everything/).check();
    await restoring.getByRole('button', { name: 'Replace everything' }).click();
    const titles = async (on: Page) =>
      (await readTable<{ title: string }>(on, 'commitments')).map((c) => c.title);
    // The data's transaction has committed: the page closes before the settings are written.
    await expect.poll(() => titles(page)).toContain('Restored across a closed page');
    await restoring.close();
    expect((await readStorage(page, 'settings')) as { reviewTime: string }).not.toMatchObject({
      reviewTime: '06:45',
    });

    // Flourish opens again: the restore is finished before the page shows anything.
    const reopened = await session.openPage('options.html#/goals');
    await reopened.getByRole('heading', { name: 'Goals' }).first().waitFor();
    expect(await readStorage(reopened, 'settings')).toMatchObject({ reviewTime: '06:45' });
    expect(await readTable(reopened, 'meta')).toEqual([]);
    expect(await titles(reopened)).toContain('Restored across a closed page');
    await reopened.close();
  });

  it('checks a large backup off the page: the bar shows real progress, and the page keeps drawing', async () => {
    // About 20 MB: ten thousand commitments and six and a half years of long daily reviews.
    const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const words = (n: number) => `Day ${n}: `.padEnd(2000, 'a calm, honest note ');
    let rows = 0;
    const buffer = await spoiledBackup((b) => {
      b.tables.commitments = Array.from({ length: 10_000 }, (_, n) => ({
        id: `big-${n}`,
        day: day(Math.floor(n / 4)),
        title: `Commitment ${n} `.padEnd(180, '·'),
        ifThen: { when: 'w'.repeat(150), then: 't'.repeat(150) },
        status: 'done',
        order: 1 + (n % 4),
        createdAt: 1,
        updatedAt: 1,
      }));
      b.tables.reviews = Array.from({ length: 2_400 }, (_, n) => ({
        day: day(n),
        completedAt: 1,
        outcomes: [],
        wentWell: words(n),
        strengthsUsed: [],
        learned: words(n),
        tomorrowFocus: words(n),
        updatedAt: 1,
      }));
      rows = Object.values(b.tables as Record<string, unknown[]>).reduce(
        (sum, table) => sum + table.length,
        0,
      );
    });
    const total = rows.toLocaleString('en-US');
    expect(buffer.length).toBeGreaterThan(19 * 1024 * 1024);
    const bigPath = join(files, `flourish-big-${Date.now()}.json`);
    const bigName = bigPath.split('/').at(-1)!;
    await writeFile(bigPath, buffer);
    await page.goto(`chrome-extension://${session.extensionId}/options.html#/data`);
    await page.getByRole('heading', { name: 'Restore from a backup' }).waitFor();
    // Every frame the page draws, what its progress bar and its live region say: a page frozen by the
    // check draws none. Read after the check, so no step can pass unseen between two polls.
    type Frame = { name: string; value: string | null; status: string };
    await page.evaluate(() => {
      const frames: Frame[] = [];
      (globalThis as unknown as { drawn: typeof frames }).drawn = frames;
      const tick = () => {
        const bar = document.querySelector('progress');
        const label = bar && document.getElementById(bar.getAttribute('aria-labelledby') ?? '');
        const status = [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent).join(' ');
        if (bar) frames.push({ name: label?.textContent ?? '', value: bar.getAttribute('value'), status });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.getByLabel('Backup file').setInputFiles(bigPath);
    // Checked: the preview names the file (what a merge would do is worked out after).
    await page.getByRole('heading', { name: bigName }).waitFor();
    const frames = await page.evaluate(() => (globalThis as unknown as { drawn: Frame[] }).drawn);
    expect(frames.some((f) => f.status.includes(`Checking ${total} rows…`))).toBe(true);
    const rowsDrawn = new Set(
      frames.filter((f) => f.name.endsWith(` of ${total} rows checked`)).map((f) => f.value),
    );
    expect(rowsDrawn.size).toBeGreaterThanOrEqual(3);
    expect(frames.some((f) => / of [\d.]+ MB read$/.test(f.name))).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });
});
