import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackup, backupFileName } from '../../../lib/store/backup/export';
import { SettingsNotRestored, applyImport, hasAnyData, planImport } from '../../../lib/store/backup/import';
import type { ImportMode } from '../../../lib/domain/backup/merge/plan';
import { parseIsoInstant } from '../../../lib/domain/backup/instant';
import { checkBackupText, type CheckProgress, type RestorableBackup } from '../../../lib/domain/backup/check';
import { checkBackupFile } from '../../../lib/domain/backup/check-file';
import { JOURNAL_KEY } from '../../../lib/store/backup/journal';
import { getLastBackup, getSettings, getSetup, updateSettings } from '../../../lib/store/storage-items';
import type { BackupFile } from '../../../lib/domain/backup/schema';
import { addCommitment } from '../../../lib/store/db/commitments';
import { SCHEMA_VERSION } from '../../../lib/store/db/schema';
import { db } from '../../../lib/store/db/db';
import { saveVision } from '../../../lib/store/db/vision';
import { saveRanking } from '../../../lib/store/db/strengths';
import { addVisionImages } from '../../../lib/store/db/vision-images';
import { describeError } from '../../../lib/domain/errors';
import { tenYearHistory } from '../../bench/history';
import { dumpDatabase } from '../../support/dump';
import { MAX_BOARD_PICTURES } from '../../../lib/domain/images';
import { decodePng, solidPng } from '../../support/png';
import { readFixture } from './db/fixtures';
import { REPAIRED } from '../../support/repaired-v3';

const SCHEMA = SCHEMA_VERSION;
/** Pictures are decoded as the browser would; in Node, by a strict PNG decoder of the tests' own. */
const CHECK = { decode: decodePng, timeZone: 'UTC' };

/** Checks a backup as the Data page does (its JSON text, pictures decoded) and returns it ready to restore. */
async function restorable(backup: BackupFile): Promise<RestorableBackup> {
  const result = await checkBackupText(JSON.stringify(backup), SCHEMA, CHECK);
  if (!result.ok) throw new Error(`the test's backup does not pass the check: ${result.message}`);
  return result.backup;
}

/** Restores a backup the way the Data page does: checked first, then written. */
const restore = async (backup: BackupFile, mode: ImportMode) => applyImport(await restorable(backup), mode);
/** The Data page's preview of a restore. */
const preview = async (backup: BackupFile, mode: ImportMode) => planImport(await restorable(backup), mode);

/** Fills the database from the version 2 fixture (every table, a picture included). */
async function seedFixture() {
  const fixture = readFixture(2);
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await db.table(table).bulkAdd(rows);
  });
}

async function exported(): Promise<BackupFile> {
  return JSON.parse(
    JSON.stringify(await createBackup('0.1.0', Date.parse('2026-11-25T12:00:00Z'))),
  ) as BackupFile;
}

async function wipe() {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

describe('export', () => {
  it('writes a versioned file with every table, pictures as data, and the settings', async () => {
    await seedFixture();
    await updateSettings({ reviewTime: '18:00' });
    const backup = await exported();
    expect(backup).toMatchObject({
      format: 'flourish-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      schemaVersion: SCHEMA_VERSION,
    });
    expect(backup.exportedAt).toBe('2026-11-25T12:00:00.000Z');
    expect(backup.tables.commitments).toHaveLength(4);
    expect(backup.tables.recurrences).toHaveLength(2);
    expect(backup.tables.visionImages[0]?.image.type).toBe('image/png');
    expect(backup.settings.reviewTime).toBe('18:00');
    expect(backupFileName('2026-11-25')).toBe('flourish-backup-2026-11-25.json');
    expect(backupFileName('2026-11-25', true)).toBe('flourish-backup-2026-11-25-protected.json');
  });
});

describe('round trip', () => {
  it.each([
    ['an empty database', async () => undefined],
    ['the schema fixture', seedFixture],
  ])('export, wipe and import reproduce %s exactly', async (_name, seed) => {
    await seed();
    const before = await dumpDatabase(db);
    const file = JSON.stringify(await exported());
    await wipe();
    const checked = await checkBackupText(file, SCHEMA, CHECK);
    expect(checked.ok).toBe(true);
    await applyImport((checked as { backup: RestorableBackup }).backup, 'replace');
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('reproduces ten years of history and five pictures exactly', async () => {
    const history = tenYearHistory('2026-11-25');
    await db.transaction('rw', db.tables, async () => {
      for (const [table, rows] of Object.entries(history)) await db.table(table).bulkAdd(rows);
    });
    await addVisionImages(
      [0, 1, 2, 3, 4].map((n) => ({
        blob: new Blob([new Uint8Array(solidPng(40 + n, 30))], { type: 'image/png' }),
        caption: `P${n}`,
        width: 40 + n,
        height: 30,
      })),
    );
    const before = await dumpDatabase(db);
    const file = JSON.stringify(await exported());
    await wipe();
    const checked = await checkBackupText(file, SCHEMA, CHECK);
    expect(checked.ok).toBe(true);
    await applyImport((checked as { backup: RestorableBackup }).backup, 'replace');
    expect(await dumpDatabase(db)).toEqual(before);
  }, 60_000);

  it('restores the settings with a replace, and keeps this device’s with a merge', async () => {
    await updateSettings({ reviewTime: '18:00' });
    const backup = await exported();
    await updateSettings({ reviewTime: '16:00' });
    await restore(backup, 'merge');
    expect((await getSettings()).reviewTime).toBe('16:00');
    await restore(backup, 'replace');
    expect((await getSettings()).reviewTime).toBe('18:00');
  });
});

describe('merge', () => {
  it('adds what is missing and takes the newer of each row, by updatedAt', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T10:00:00Z'));
    const older = await addCommitment('2026-11-20', 'Shared, edited later here');
    const stale = await addCommitment('2026-11-20', 'Shared, edited later in the backup');
    await saveVision({ statement: 'Old vision' });
    const backup = await exported();

    vi.setSystemTime(new Date('2026-11-22T10:00:00Z'));
    await db.commitments.update(older.id, { title: 'Edited here', updatedAt: Date.now() });
    backup.tables.commitments.find((c) => c.id === stale.id)!.title = 'Edited in the backup';
    backup.tables.commitments.find((c) => c.id === stale.id)!.updatedAt = Date.parse('2026-11-23T10:00:00Z');
    backup.tables.commitments.push({
      ...backup.tables.commitments[0]!,
      id: 'from-elsewhere',
      title: 'Only in the backup',
    });
    vi.useRealTimers();

    const plan = await preview(backup, 'merge');
    expect(plan.find((p) => p.table === 'commitments')).toMatchObject({
      incoming: 3,
      current: 2,
      added: 1,
      updated: 1,
      kept: 1,
    });
    await restore(backup, 'merge');
    const titles = (await db.commitments.toArray()).map((c) => c.title).sort();
    expect(titles).toEqual(['Edited here', 'Edited in the backup', 'Only in the backup']);
  });
});

describe('merge by meaning', () => {
  const picture = (width: number, caption: string, updatedAt: number) => ({
    blob: new Blob([new Uint8Array(solidPng(width, 10))], { type: 'image/png' }),
    caption,
    width,
    height: 10,
    updatedAt,
  });
  const bytesOf = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];

  it('matches pictures by their bytes: another device’s picture with the same id is added, not written over', async () => {
    // The backup's board: picture A (id 1) and picture B (id 2).
    const [a, b] = await addVisionImages([picture(20, 'A', 0), picture(30, 'B', 0)]);
    const backup = await exported();
    backup.tables.visionImages.find((row) => row.id === b)!.caption = 'B, captioned later elsewhere';
    backup.tables.visionImages.find((row) => row.id === b)!.updatedAt = Date.now() + 60_000;
    // This device: a different picture C holds id 1, and B arrived under id 3.
    await wipe();
    await db.visionImages.bulkAdd([
      { id: a!, order: 1, createdAt: 1, ...picture(40, 'C', 1) },
      { id: 3, order: 2, createdAt: 1, ...picture(30, 'B here', 1) },
    ]);
    const c = await bytesOf((await db.visionImages.get(a!))!.blob);

    const plan = await preview(backup, 'merge');
    expect(plan.find((p) => p.table === 'visionImages')).toMatchObject({ added: 1, updated: 1, kept: 0 });
    await restore(backup, 'merge');

    const board = await db.visionImages.orderBy('order').toArray();
    expect(board.map((row) => row.caption)).toEqual(['C', 'B, captioned later elsewhere', 'A']);
    expect(await bytesOf(board[0]!.blob)).toEqual(c);
    expect(board[2]!.id).not.toBe(a);
    expect(board[2]!.width).toBe(20);
  });

  it('takes the newer strengths ranking whole, so no two strengths share a rank', async () => {
    await db.strengths.bulkAdd([
      { id: 'curiosity', rank: 1, note: '', updatedAt: 100 },
      { id: 'kindness', rank: 2, note: 'here', updatedAt: 100 },
    ]);
    const backup = await exported();
    backup.tables.strengths = [
      { id: 'zest', rank: 1, note: '', updatedAt: 200 },
      { id: 'curiosity', rank: 2, note: 'elsewhere', updatedAt: 200 },
    ];
    const plan = await preview(backup, 'merge');
    expect(plan.find((p) => p.table === 'strengths')).toMatchObject({ added: 1, updated: 1, removed: 1 });
    await restore(backup, 'merge');
    const ranking = (await db.strengths.orderBy('rank').toArray()).map((s) => [s.id, s.rank, s.note]);
    expect(ranking).toEqual([
      ['zest', 1, ''],
      ['curiosity', 2, 'elsewhere'],
    ]);

    // An older ranking in a backup leaves this device's as it is.
    backup.tables.strengths = [{ id: 'hope', rank: 1, note: '', updatedAt: 50 }];
    await restore(backup, 'merge');
    expect((await db.strengths.toArray()).map((s) => s.id).sort()).toEqual(['curiosity', 'zest']);
  });

  it('keeps a recurring or carried commitment once when both devices made it for the same day, and points the backup’s review and carried copy at it', async () => {
    const base = {
      title: 'Weekly one-to-one',
      status: 'open',
      order: 1,
      createdAt: 1,
      updatedAt: 1,
    } as const;
    await db.commitments.bulkAdd([
      { ...base, id: 'here-r', day: '2026-11-23', recurrenceId: 'rule-1' },
      { ...base, id: 'here-c', day: '2026-11-24', carriedFrom: 'original' },
    ]);
    const backup = await exported();
    backup.tables.commitments = [
      // Done on the other device, later than anything here.
      { ...base, id: 'there-r', day: '2026-11-23', recurrenceId: 'rule-1', status: 'not-done', updatedAt: 5 },
      // The same carried copy, older there.
      { ...base, id: 'there-c', day: '2026-11-24', carriedFrom: 'original', updatedAt: 0 },
      // Carried on from the other device's copy of the one-to-one.
      { ...base, id: 'there-carried', day: '2026-11-24', carriedFrom: 'there-r' },
      { ...base, id: 'there-next', day: '2026-11-30', recurrenceId: 'rule-1' },
    ];
    backup.tables.reviews = [
      {
        day: '2026-11-23',
        completedAt: 5,
        outcomes: [{ commitmentId: 'there-r', status: 'not-done', obstacle: 'meetings', decision: 'carry' }],
        wentWell: '',
        strengthsUsed: [],
        learned: '',
        tomorrowFocus: '',
        updatedAt: 5,
      },
    ];

    const plan = await preview(backup, 'merge');
    expect(plan.find((p) => p.table === 'commitments')).toMatchObject({ added: 2, updated: 1, kept: 1 });
    await restore(backup, 'merge');

    const rows = await db.commitments.toArray();
    expect(rows.map((c) => c.id).sort()).toEqual(['here-c', 'here-r', 'there-carried', 'there-next']);
    expect(rows.find((c) => c.id === 'here-r')?.status).toBe('not-done');
    expect(rows.find((c) => c.id === 'there-carried')?.carriedFrom).toBe('here-r');
    const review = await db.reviews.get('2026-11-23');
    expect(review?.outcomes.map((o) => o.commitmentId)).toEqual(['here-r']);
  });

  it('takes the ranking from the side that ranked last: a later note elsewhere does not bring back an old ranking', async () => {
    // This device re-ranked at 300; the other device kept the old ranking but edited a note at 400.
    await db.strengths.bulkAdd([
      { id: 'zest', rank: 1, note: '', updatedAt: 300, rankedAt: 300 },
      { id: 'curiosity', rank: 2, note: 'here', updatedAt: 300, rankedAt: 300 },
    ]);
    const backup = await exported();
    backup.tables.strengths = [
      { id: 'curiosity', rank: 1, note: 'edited elsewhere', updatedAt: 400, rankedAt: 100 },
      { id: 'zest', rank: 2, note: '', updatedAt: 100, rankedAt: 100 },
    ];
    await restore(backup, 'merge');
    const ranking = (await db.strengths.orderBy('rank').toArray()).map((s) => [s.id, s.note]);
    expect(ranking).toEqual([
      ['zest', ''],
      ['curiosity', 'edited elsewhere'],
    ]);
  });

  it('keeps a removal at the bottom of the ranking: an older backup does not bring the strength back', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(100);
    await saveRanking(['zest', 'curiosity', 'kindness']);
    const older = await exported();
    vi.setSystemTime(200);
    await saveRanking(['zest', 'curiosity']);
    vi.useRealTimers();

    const plan = await preview(older, 'merge');
    expect(plan.find((p) => p.table === 'strengths')).toMatchObject({ added: 0, leftOut: 1, removed: 0 });
    await restore(older, 'merge');
    expect((await db.strengths.orderBy('rank').toArray()).map((s) => s.id)).toEqual(['zest', 'curiosity']);

    // And the other way round: the backup's later removal wins over this device's older ranking.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(300);
    await saveRanking(['zest']);
    const newer = await exported();
    vi.useRealTimers();
    await wipe();
    await db.strengths.bulkAdd(older.tables.strengths);
    await restore(newer, 'merge');
    expect((await db.strengths.toArray()).map((s) => s.id)).toEqual(['zest']);
  });

  it('prefers a ranking that records when it was made over one from before that was recorded', async () => {
    await db.strengths.bulkAdd([
      { id: 'zest', rank: 1, note: '', updatedAt: 100 },
      { id: 'curiosity', rank: 2, note: 'noted late', updatedAt: 900 },
    ]);
    const backup = await exported();
    backup.tables.strengths = [
      { id: 'curiosity', rank: 1, note: '', updatedAt: 500, rankedAt: 500 },
      { id: 'zest', rank: 2, note: '', updatedAt: 500, rankedAt: 500 },
    ];
    await restore(backup, 'merge');
    const ranking = (await db.strengths.orderBy('rank').toArray()).map((s) => [s.id, s.note]);
    expect(ranking).toEqual([
      ['curiosity', 'noted late'],
      ['zest', ''],
    ]);
  });

  it('puts commitments and goals new to this device after its own, so no two share a place', async () => {
    const base = { status: 'open', createdAt: 1, updatedAt: 1 } as const;
    await db.commitments.bulkAdd([
      { ...base, id: 'here-r', day: '2026-11-23', title: 'One-to-one', order: 1, recurrenceId: 'rule-1' },
      { ...base, id: 'here-a', day: '2026-11-23', title: 'Board update', order: 2 },
    ]);
    await db.goals.add({
      id: 'goal-here',
      title: 'Here',
      why: '',
      successMeasure: '',
      status: 'active',
      order: 1,
      createdAt: 1,
      updatedAt: 1,
    });
    const backup = await exported();
    backup.tables.commitments = [
      { ...base, id: 'there-b', day: '2026-11-23', title: 'Pipeline review', order: 1 },
      {
        ...base,
        id: 'there-r',
        day: '2026-11-23',
        title: 'One-to-one',
        order: 2,
        recurrenceId: 'rule-1',
        updatedAt: 5,
      },
      { ...base, id: 'there-c', day: '2026-11-24', title: 'Only there', order: 3 },
    ];
    backup.tables.goals = [{ ...backup.tables.goals[0]!, id: 'goal-there', title: 'There', order: 1 }];
    await restore(backup, 'merge');

    const day = (await db.commitments.where('day').equals('2026-11-23').sortBy('order')).map((c) => [
      c.id,
      c.order,
    ]);
    expect(day).toEqual([
      ['here-r', 1],
      ['here-a', 2],
      ['there-b', 3],
    ]);
    expect((await db.commitments.get('there-c'))?.order).toBe(3);
    expect((await db.goals.orderBy('order').toArray()).map((g) => [g.id, g.order])).toEqual([
      ['goal-here', 1],
      ['goal-there', 2],
    ]);
  });

  it('adds pictures only while the board stays within its limits, and says how many were left out', async () => {
    await addVisionImages(
      Array.from({ length: MAX_BOARD_PICTURES - 1 }, (_, n) => picture(1 + (n % 50), `here ${n}`, 1)),
    );
    const backup = await exported();
    await wipe();
    await addVisionImages(
      Array.from({ length: MAX_BOARD_PICTURES - 1 }, (_, n) => picture(60 + n, `mine ${n}`, 1)),
    );
    const plan = await preview(backup, 'merge');
    expect(plan.find((p) => p.table === 'visionImages')).toMatchObject({
      added: 1,
      leftOut: MAX_BOARD_PICTURES - 2,
    });
    await restore(backup, 'merge');
    expect(await db.visionImages.count()).toBe(MAX_BOARD_PICTURES);
  });

  it('finishes this device’s setup when merging a backup whose setup was finished', async () => {
    await fakeBrowser.storage.local.set({ setup: { step: 'welcome', completedAt: 1_700_000_000_000 } });
    const backup = await exported();
    await fakeBrowser.storage.local.set({ setup: { step: 'purpose', completedAt: null } });
    await restore(backup, 'merge');
    expect((await getSetup()).completedAt).toBe(1_700_000_000_000);
  });
});

describe('the export time of a backup', () => {
  it.each([
    ['as Flourish writes it', '2026-11-25T12:00:00.000Z', Date.parse('2026-11-25T12:00:00.000Z')],
    ['without milliseconds', '2026-11-25T12:00:00Z', Date.parse('2026-11-25T12:00:00Z')],
    ['with an offset', '2026-11-25T13:30:00+01:30', Date.parse('2026-11-25T12:00:00Z')],
    ['on a leap day', '2028-02-29T00:00:00Z', Date.parse('2028-02-29T00:00:00Z')],
    ['30 February', '2026-02-30T00:00:00Z', null],
    ['29 February of a common year', '2026-02-29T00:00:00Z', null],
    ['month 13', '2026-13-01T00:00:00Z', null],
    ['hour 24', '2026-11-25T24:00:00Z', null],
    ['second 60', '2026-11-25T12:00:60Z', null],
    ['an offset of 24 hours', '2026-11-25T12:00:00+24:00', null],
    ['a number', '1', null],
    ['a date alone', '2026-11-25', null],
    ['no zone', '2026-11-25T12:00:00', null],
    ['an email-style date', 'Wed, 25 Nov 2026 12:00:00 GMT', null],
    ['spaces around it', ' 2026-11-25T12:00:00Z ', null],
  ])('%s: %j → %s', (_case, text, instant) => {
    expect(parseIsoInstant(text)).toBe(instant);
  });

  it.each(['2026-02-30T00:00:00Z', '1', '2026-11-25'])('a backup exported at %j is refused', async (time) => {
    const backup = { ...(await exported()), exportedAt: time };
    const result = await checkBackupText(JSON.stringify(backup), SCHEMA, CHECK);
    expect(result).toMatchObject({
      ok: false,
      message: 'This backup cannot be imported: exportedAt is not a time like 2026-11-25T12:00:00.000Z.',
    });
  });
});

describe('backups of schema version 1', () => {
  it('import into today’s schema, without recurring commitments', async () => {
    const raw = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../fixtures/db-v1.json'), 'utf8'),
    ) as { tables: Record<string, Record<string, unknown>[]> };
    const tables = {
      ...raw.tables,
      visionImages: raw.tables.visionImages!.map(({ blob, ...row }) => ({ ...row, image: blob })),
    };
    const backup = {
      format: 'flourish-backup',
      formatVersion: 1,
      appVersion: '0.0.1',
      schemaVersion: 1,
      exportedAt: '2026-03-01T12:00:00.000Z',
      tables,
      settings: await getSettings(),
      setup: { step: 'done', completedAt: 1_700_000_000_000 },
    };
    const checked = await checkBackupText(JSON.stringify(backup), SCHEMA, CHECK);
    expect(checked.ok).toBe(true);
    await applyImport((checked as { backup: RestorableBackup }).backup, 'replace');
    expect(await db.commitments.count()).toBe(raw.tables.commitments!.length);
    expect(await db.recurrences.count()).toBe(0);
    expect((await db.visionImages.toArray())[0]!.blob.type).toBe('image/png');
  });
});

describe('backups of schema version 2', () => {
  it('restore with the repairs version 3 made: no commitment twice on a day, weekly reviews under their week', async () => {
    const raw = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../fixtures/db-v2-repairs.json'), 'utf8'),
    ) as { tables: Record<string, Record<string, unknown>[]> };
    const empty = { profile: [], strengths: [], vision: [], visionImages: [], goals: [] };
    const backup = {
      format: 'flourish-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      schemaVersion: 2,
      exportedAt: '2026-12-01T12:00:00.000Z',
      tables: { ...empty, ...raw.tables },
      settings: await getSettings(),
      setup: { step: 'done', completedAt: 1_700_000_000_000 },
    };
    const checked = await checkBackupText(JSON.stringify(backup), SCHEMA, CHECK);
    expect(checked.ok).toBe(true);
    await applyImport((checked as { backup: RestorableBackup }).backup, 'replace');
    const sorted = (rows: object[], key: string) =>
      [...rows].sort((a, b) => (String(a[key as keyof object]) < String(b[key as keyof object]) ? -1 : 1));
    expect(sorted(await db.commitments.toArray(), 'id')).toStrictEqual(
      sorted(REPAIRED.tables.commitments!, 'id'),
    );
    expect(sorted(await db.reviews.toArray(), 'day')).toStrictEqual(sorted(REPAIRED.tables.reviews!, 'day'));
    expect(sorted(await db.weeklyReviews.toArray(), 'week')).toStrictEqual(
      sorted(REPAIRED.tables.weeklyReviews!, 'week'),
    );
  });
});

describe('reading a backup file', () => {
  it('tells its progress: bytes read, then rows checked, then pictures decoded', async () => {
    await seedFixture();
    const text = JSON.stringify(await exported());
    const steps: CheckProgress[] = [];
    const result = await checkBackupFile(new File([text], 'backup.json'), SCHEMA, {
      ...CHECK,
      onProgress: (progress) => steps.push(progress),
    });
    expect(result.ok).toBe(true);
    // The fixture: 1 profile, 6 strengths, 1 vision, 1 picture, 2 goals, 4 commitments, 1 review,
    // 1 weekly review, 2 recurring commitments.
    expect(steps).toEqual([
      {
        step: 'reading',
        done: new TextEncoder().encode(text).length,
        total: new TextEncoder().encode(text).length,
      },
      { step: 'parsing' },
      { step: 'rows', done: 19, total: 19 },
      { step: 'pictures', done: 1, total: 1 },
    ]);
  });

  it('reads a character split between two pieces of the file whole', async () => {
    const backup = await exported();
    backup.tables.profile = [{ id: 'me', name: 'Zoë', purpose: '', values: [], updatedAt: 1 }];
    const rest = JSON.stringify(backup).slice(1);
    // Unknown fields are dropped; this one only moves the ë (two bytes) across the 1 MB boundary.
    const head = '{"padding":"';
    const before = new TextEncoder().encode(head + rest.slice(0, rest.indexOf('ë'))).length + 2;
    const text = `${head}${'x'.repeat(1024 * 1024 - 1 - before)}",${rest}`;
    expect(new TextEncoder().encode(text).indexOf(0xc3)).toBe(1024 * 1024 - 1);
    const result = await checkBackupFile(new File([text], 'backup.json'), SCHEMA, CHECK);
    expect(result.ok && result.backup.tables.profile[0]?.name).toBe('Zoë');
  });
});

describe('checking a backup before saving it', () => {
  it('passes a good backup and names what would stop a restore', async () => {
    await seedFixture();
    const good = await createBackup('0.1.0');
    expect(await checkBackupText(JSON.stringify(good), SCHEMA, CHECK)).toMatchObject({ ok: true });
    good.tables.commitments[0]!.order = Infinity;
    expect(await checkBackupText(JSON.stringify(good), SCHEMA, CHECK)).toEqual({
      ok: false,
      message: 'This backup cannot be imported: commitment 1: order is not a number.',
      problems: ['commitment 1: order is not a number'],
    });
  });
});

/** A valid session and run of days off, for the spoiled copies below to bend one field of. */
const SESSION = {
  id: 's1',
  day: '2026-11-17',
  nextDay: '2026-12-01',
  agreements: [{ id: 'a1', text: 'Block one afternoon hour for deep work' }],
  notes: '',
  createdAt: 1_795_000_000_000,
  updatedAt: 1_795_000_000_000,
};
const DAYS_OFF = {
  id: 'o1',
  from: '2026-12-24',
  to: '2027-01-01',
  label: 'Winter holiday',
  createdAt: 1_795_000_000_000,
  updatedAt: 1_795_000_000_000,
};

describe('hostile and broken backups', () => {
  /** Every table and everything in extension storage: what an import could change. */
  async function snapshot() {
    return { tables: await dumpDatabase(db), storage: await fakeBrowser.storage.local.get(null) };
  }

  /**
   * A seeded device, and a backup of it with every row made newer: an import of it that went
   * through, merged or replacing, would change rows, so "nothing changed" below can fail.
   */
  async function setUp() {
    await seedFixture();
    await fakeBrowser.storage.local.set({ setup: { step: 'done', completedAt: 1_700_000_000_000 } });
    const before = await snapshot();
    const good = await exported();
    for (const rows of Object.values(good.tables) as { updatedAt: number; rankedAt?: number }[][])
      for (const row of rows) {
        row.updatedAt += 60_000;
        if (row.rankedAt !== undefined) row.rankedAt += 60_000;
      }
    good.tables.commitments[0]!.title = 'Changed in the backup';
    return { good, before };
  }

  /** Back to an empty database and storage, as at the start of a test. */
  async function fresh() {
    fakeBrowser.reset();
    await db.delete();
    await db.open();
  }

  /**
   * What the Data page does with a chosen file: read and check it, and when it is good, restore it
   * in the mode given (by default the page's own choice: merge when this device has data).
   */
  async function importFile(text: string, mode?: ImportMode) {
    const result = await checkBackupFile(
      new File([text], 'backup.json', { type: 'application/json' }),
      SCHEMA,
      CHECK,
    );
    if (result.ok) {
      const chosen = mode ?? ((await hasAnyData()) ? 'merge' : 'replace');
      await applyImport(result.backup, chosen);
    }
    return result;
  }

  // A backup spoiled on purpose has no type worth stating: any field may become anything.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the copy is deliberately untyped
  type Spoilable = Record<string, any>;
  const spoil = (good: BackupFile, change: (copy: Spoilable) => void) => {
    const copy = JSON.parse(JSON.stringify(good)) as Spoilable;
    change(copy);
    return JSON.stringify(copy);
  };

  it('a good file through the same path does change the database (so the checks below can fail)', async () => {
    const { good, before } = await setUp();
    expect((await importFile(JSON.stringify(good))).ok).toBe(true);
    expect((await snapshot()).tables).not.toEqual(before.tables);
  });

  it.each([
    ['not JSON', () => 'Dear coach, here are my notes', /not readable as a backup file/],
    ['empty', () => '', /The file is empty/],
    ['only blank lines', () => '\n\n  \n', /The file is empty/],
    ['truncated', (good: BackupFile) => JSON.stringify(good).slice(0, 500), /incomplete: it looks cut short/],
    ['another program’s JSON', () => JSON.stringify({ name: 'my-app', version: 1 }), /not a Flourish backup/],
    ['a JSON list', () => '[1, 2, 3]', /not a Flourish backup/],
    [
      'an unknown format',
      (good: BackupFile) => spoil(good, (b) => (b.format = 'other-backup')),
      /not a Flourish backup/,
    ],
    [
      'an unknown format version',
      (good: BackupFile) => spoil(good, (b) => (b.formatVersion = 'one')),
      /format is not one Flourish knows/,
    ],
    [
      'a newer format version',
      (good: BackupFile) => spoil(good, (b) => (b.formatVersion = 2)),
      /newer version of Flourish \(backup format 2\)/,
    ],
    [
      'a newer schema',
      (good: BackupFile) => spoil(good, (b) => (b.schemaVersion = 99)),
      /newer version of Flourish/,
    ],
    [
      'wrong types',
      (good: BackupFile) => spoil(good, (b) => (b.tables.commitments[0].order = 'first')),
      /commitment 1: order is not a number/,
    ],
    [
      'a table that is not a list',
      (good: BackupFile) => spoil(good, (b) => (b.tables.goals = { 0: b.tables.goals[0] })),
      /the goals table is not a list/,
    ],
    [
      'a missing table',
      (good: BackupFile) => spoil(good, (b) => delete b.tables.goals),
      /the goals table is missing/,
    ],
    [
      'an impossible date (30 February)',
      (good: BackupFile) => spoil(good, (b) => (b.tables.commitments[1].day = '2026-02-30')),
      /commitment 2: day is not a date/,
    ],
    [
      'an impossible review day',
      (good: BackupFile) => spoil(good, (b) => (b.tables.reviews[0].day = '2026-02-30')),
      /daily review 1: day is not a date/,
    ],
    [
      'an impossible export time',
      (good: BackupFile) => spoil(good, (b) => (b.exportedAt = '2026-02-30T00:00:00Z')),
      /exportedAt is not a time/,
    ],
    [
      'duplicate ids',
      (good: BackupFile) => spoil(good, (b) => b.tables.goals.push(b.tables.goals[0])),
      /goal 3: .* appears twice/,
    ],
    [
      'picture data that is not a picture',
      (good: BackupFile) =>
        spoil(
          good,
          (b) =>
            (b.tables.visionImages[0].image.base64 = Buffer.from('<svg onload=alert(1)>').toString('base64')),
        ),
      /picture 1: its data is not an image/,
    ],
    [
      'picture data that is not base64',
      (good: BackupFile) => spoil(good, (b) => (b.tables.visionImages[0].image.base64 = '<script>')),
      /picture 1: its data is not an image/,
    ],
    [
      'an unknown strength',
      (good: BackupFile) => spoil(good, (b) => (b.tables.strengths[0].id = 'telepathy')),
      /strength 1: id is not one of the 24 strengths/,
    ],
    [
      'a stray “}” after the end',
      (good: BackupFile) => `${JSON.stringify(good)}\n}`,
      /^The file has an error at line 2, column 1: an extra “}” that closes nothing\.$/,
    ],
    [
      'a trailing comma',
      // The weekly review's fields end in a comma, as a hand edit leaves them.
      (good: BackupFile) => JSON.stringify(good).replace(/("weeklyReviews":\[\{[^}]*)\}/, '$1,}'),
      /^The file has an error at line 1, column \d+: a comma with nothing after it, before “}”\.$/,
    ],
    [
      'a commitment in a year the date code cannot handle',
      (good: BackupFile) => spoil(good, (b) => (b.tables.commitments[1].day = '0100-01-01')),
      /commitment 2: day is not a date from 1970-01-01 to 9999-12-31/,
    ],
    [
      'a commitment the day before 1970',
      (good: BackupFile) => spoil(good, (b) => (b.tables.commitments[1].day = '1969-12-31')),
      /commitment 2: day is not a date from 1970-01-01 to 9999-12-31/,
    ],
    [
      'a weekly review in a year the date code cannot handle',
      (good: BackupFile) => spoil(good, (b) => (b.tables.weeklyReviews[0].week = '0100-W01')),
      /weekly review 1: week is not a week from 1970-W01 to 9999-W52/,
    ],
    [
      'an export time in year 1',
      (good: BackupFile) => spoil(good, (b) => (b.exportedAt = '0001-01-01T00:00:00.000Z')),
      /exportedAt is not a time from 1970 to 9999/,
    ],
    [
      'a workday twice',
      (good: BackupFile) => spoil(good, (b) => (b.settings.workdays = [1, 1, 2])),
      /settings: each workday can be chosen only once/,
    ],
    [
      'a snooze length the settings do not offer',
      (good: BackupFile) => spoil(good, (b) => (b.settings.snoozeMinutes = 7)),
      /settings: snooze must be 5, 10, 15, 30 or 60 minutes/,
    ],
    [
      'a blank value',
      (good: BackupFile) => spoil(good, (b) => (b.tables.profile[0].values = ['Candour', '  '])),
      /profile 1, values: a value can’t be empty/,
    ],
    [
      'the same value twice',
      (good: BackupFile) => spoil(good, (b) => (b.tables.profile[0].values = ['Candour', 'candour '])),
      /profile 1, values: “candour” is already in your values/,
    ],
    [
      'two strengths ranked first',
      (good: BackupFile) => spoil(good, (b) => (b.tables.strengths[1].rank = 1)),
      /the strengths table: ranks must run 1, 2, 3 … with no gaps or ties/,
    ],
    [
      'a gap in the ranking',
      (good: BackupFile) => spoil(good, (b) => (b.tables.strengths[1].rank = 24)),
      /the strengths table: ranks must run 1, 2, 3 … with no gaps or ties/,
    ],
    [
      'a blank commitment title',
      (good: BackupFile) => spoil(good, (b) => (b.tables.commitments[0].title = '   ')),
      /commitment 1, title: a commitment can’t be empty/,
    ],
    [
      'half an if-then plan on a recurring commitment',
      (good: BackupFile) =>
        spoil(good, (b) => (b.tables.recurrences[0].ifThen = { when: 'Monday 9:00', then: ' ' })),
      /recurring commitment 1, ifThen: an if-then plan needs both parts/,
    ],
    [
      'picture data that starts like a PNG but is not one',
      (good: BackupFile) =>
        spoil(
          good,
          (b) =>
            (b.tables.visionImages[0].image.base64 = Buffer.concat([
              Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
              Buffer.from('not really a picture'),
            ]).toString('base64')),
        ),
      /picture 1 looks like a picture but could not be read/,
    ],
    [
      'an energy of 11',
      (good: BackupFile) => spoil(good, (b) => (b.tables.reviews[0].energy = 11)),
      /daily review 1: energy is not between 1 and 5/,
    ],
    [
      'a coaching session whose next one comes before it',
      (good: BackupFile) =>
        spoil(good, (b) => (b.tables.sessions = [{ ...SESSION, day: '2026-11-17', nextDay: '2026-11-10' }])),
      /coaching session 1: nextDay is on or before the session’s own day/,
    ],
    [
      'an agreement with no words',
      (good: BackupFile) =>
        spoil(good, (b) => (b.tables.sessions = [{ ...SESSION, agreements: [{ id: 'a1', text: '   ' }] }])),
      /coaching session 1, agreements #1 text: an agreement can’t be empty/,
    ],
    [
      'an agreement that became something Flourish does not make',
      (good: BackupFile) =>
        spoil(
          good,
          (b) =>
            (b.tables.sessions = [
              {
                ...SESSION,
                agreements: [{ id: 'a1', text: 'Delegate', became: { kind: 'project', id: 'p1' } }],
              },
            ]),
        ),
      /coaching session 1: agreements #1 became kind is not one of the values Flourish uses/,
    ],
    [
      'a blank question for the coach',
      (good: BackupFile) =>
        spoil(good, (b) => (b.tables.questions = [{ id: 'q1', text: '', createdAt: 1, updatedAt: 1 }])),
      /question for the coach 1, text: a question can’t be empty/,
    ],
    [
      'days off that end before they start',
      (good: BackupFile) =>
        spoil(good, (b) => (b.tables.daysOff = [{ ...DAYS_OFF, from: '2026-12-24', to: '2026-12-20' }])),
      /days off 1: days off must end on or after their first day/,
    ],
    [
      'days off running for two years',
      (good: BackupFile) =>
        spoil(good, (b) => (b.tables.daysOff = [{ ...DAYS_OFF, from: '2026-01-01', to: '2027-12-31' }])),
      /days off 1: days off can run for at most 366 days at a time/,
    ],
    [
      'a days-off table that is not a list',
      (good: BackupFile) => spoil(good, (b) => (b.tables.daysOff = 'August')),
      /the days off table is not a list/,
    ],
    [
      'a goal rated +3 for a week',
      (good: BackupFile) =>
        spoil(good, (b) => (b.tables.weeklyReviews[0].goalRatings = [{ goalId: 'g1', rating: 3 }])),
      /weekly review 1: goalRatings #1 rating is not from −2 to \+2/,
    ],
    [
      'a goal rated twice in one week',
      (good: BackupFile) =>
        spoil(
          good,
          (b) =>
            (b.tables.weeklyReviews[0].goalRatings = [
              { goalId: 'g1', rating: 1 },
              { goalId: 'g1', rating: -1 },
            ]),
        ),
      /weekly review 1: goalRatings has a goal rated twice/,
    ],
  ])('%s is refused in plain words, and no row or setting changes', async (_case, make, message) => {
    const { good, before } = await setUp();
    const result = await importFile(make(good));
    expect(result.ok).toBe(false);
    expect((result as { message: string }).message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  // Reading and checking 50 MB: about 3 s on an idle two-core machine, 10 s at a load of 15. A limit of its own.
  it('a 50 MB string is refused in plain words, and no row or setting changes', async () => {
    const { good, before } = await setUp();
    const result = await importFile(
      spoil(good, (b) => (b.tables.commitments[0].title = 'x'.repeat(50 * 1024 * 1024))),
    );
    expect(result).toMatchObject({
      ok: false,
      message: `This backup cannot be imported: commitment 1, title: a commitment is ${50 * 1024 * 1024} characters; the limit is 200.`,
    });
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('a file over 200 MB is refused before it is read', async () => {
    const text = vi.fn();
    const huge = { size: 201 * 1024 * 1024, text } as unknown as Blob;
    const result = await checkBackupFile(huge, SCHEMA, CHECK);
    expect(result).toMatchObject({
      ok: false,
      message: 'The file is 201 MB; a Flourish backup can be up to 200 MB.',
    });
    expect(text).not.toHaveBeenCalled();
  });

  /** What importing the clean file `text` in `mode` leaves; then back to a freshly seeded device. */
  async function cleanImport(text: string, mode: ImportMode) {
    await importFile(text, mode);
    const after = await snapshot();
    await fresh();
    await setUp();
    return after;
  }

  it.each(['merge', 'replace'] as const)(
    '`__proto__` and `constructor` keys are dropped (%s): nothing is polluted, and the rows are those of the same file without them',
    async (mode) => {
      const { good } = await setUp();
      const expected = await cleanImport(JSON.stringify(good), mode);
      const text = JSON.stringify(good)
        .replace(
          '"format":',
          '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format":',
        )
        .replace(
          '"title":"Changed in the backup"',
          '"__proto__":{"isAdmin":true},"constructor":{"name":"x"},"title":"Changed in the backup"',
        )
        .replace('"reviewTime":', '"__proto__":{"polluted":true},"reviewTime":');
      expect((await importFile(text, mode)).ok).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('isAdmin');
      expect(await snapshot()).toEqual(expected);
    },
  );

  it.each(['merge', 'replace'] as const)(
    'HTML and script in text are kept as the very text written (%s), and nothing else differs',
    async (mode) => {
      const hostile = '<img src=x onerror=alert(1)><script>alert("2")</script>&lt;b&gt;';
      const { good } = await setUp();
      // Where user text lives: each table, key field and key of the row, and the field.
      const places = [
        ['profile', 'id', 'me', 'name'],
        ['vision', 'id', 'me', 'statement'],
        ['visionImages', 'id', good.tables.visionImages[0]!.id, 'caption'],
        ['goals', 'id', good.tables.goals[0]!.id, 'title'],
        ['commitments', 'id', good.tables.commitments[0]!.id, 'title'],
        ['reviews', 'day', good.tables.reviews[0]!.day, 'wentWell'],
        ['weeklyReviews', 'week', good.tables.weeklyReviews[0]!.week, 'wins'],
        ['strengths', 'id', good.tables.strengths[0]!.id, 'note'],
      ] as const;
      const withText = (words: string) =>
        spoil(good, (b) => {
          for (const [table, key, value, field] of places)
            b.tables[table].find((row: Spoilable) => row[key] === value)[field] = words;
        });
      // The same file with plain words in those places: what the import must do apart from the text.
      const expected = await cleanImport(withText('Plain words'), mode);

      expect((await importFile(withText(hostile), mode)).ok).toBe(true);
      const after = await snapshot();
      for (const [table, key, value, field] of places) {
        const row = (after.tables[table] as Spoilable[]).find((r) => r[key] === value)!;
        expect(row[field], `${table} ${field}`).toBe(hostile);
        // Put the plain words back: every other field of every table must match their import.
        row[field] = 'Plain words';
      }
      expect(after).toEqual(expected);
    },
  );

  it('a full disk during import changes nothing and says so plainly', async () => {
    const { good, before } = await setUp();
    const changed = JSON.parse(JSON.stringify(good)) as BackupFile;
    changed.tables.commitments = [];
    vi.spyOn(db.commitments, 'bulkAdd').mockRejectedValueOnce(
      new DOMException('disk full', 'QuotaExceededError'),
    );
    const failure = await restore(changed, 'replace').catch((error: unknown) => error);
    expect(describeError(failure, 'The backup could not be imported.')).toMatch(
      /out of storage space; nothing was changed/,
    );
    expect(await snapshot()).toEqual(before);
    vi.restoreAllMocks();
  });

  it('is all or nothing: a restore cut off after its data is in is finished when the database next opens', async () => {
    const { good } = await setUp();
    const changed = JSON.parse(JSON.stringify(good)) as BackupFile;
    changed.tables.goals = [];
    changed.settings.reviewTime = '06:45';
    changed.setup = { step: 'done', completedAt: 1_600_000_000_000 };
    // The page is closed (or storage fails) between the data's commit and the settings' write.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('the page was closed'));
    const failure = await restore(changed, 'replace').catch((error: unknown) => error);
    vi.restoreAllMocks();
    expect(failure).toBeInstanceOf(SettingsNotRestored);
    expect((failure as Error).message).toBe(
      'Your data was restored, but the backup’s settings could not be saved yet. Flourish saves them the next time it opens; check your review time and workdays in Settings then.',
    );
    expect(await db.goals.count()).toBe(0);
    expect((await getSettings()).reviewTime).toBe('17:30');
    expect((await db.meta.get(JOURNAL_KEY))?.value).toMatchObject({ settings: { reviewTime: '06:45' } });

    // Flourish starts again (a page or the worker opens the database): the restore rolls forward.
    db.close();
    await db.open();
    expect((await getSettings()).reviewTime).toBe('06:45');
    expect(await getSetup()).toEqual({ step: 'done', completedAt: 1_600_000_000_000 });
    expect((await getLastBackup()).lastExportAt).toBe(Math.min(Date.parse(changed.exportedAt), Date.now()));
    expect(await db.meta.count()).toBe(0);
    expect(await db.goals.count()).toBe(0);
  });

  it('leaves no journal behind once a restore has finished', async () => {
    const { good } = await setUp();
    await restore({ ...good, settings: { ...good.settings, reviewTime: '06:45' } }, 'replace');
    expect((await getSettings()).reviewTime).toBe('06:45');
    expect(await db.meta.count()).toBe(0);
  });

  it('keeps the storage settings of this device when the database write fails', async () => {
    const { good } = await setUp();
    await fakeBrowser.storage.local.set({ settings: { ...good.settings, reviewTime: '07:45' } });
    vi.spyOn(db.goals, 'bulkAdd').mockRejectedValueOnce(new Error('boom'));
    await expect(restore(good, 'replace')).rejects.toThrow();
    expect((await getSettings()).reviewTime).toBe('07:45');
    expect(await db.meta.count()).toBe(0);
    vi.restoreAllMocks();
  });
});
