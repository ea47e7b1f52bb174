import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupReminder, heldBackup, lastExportAfterRestore } from '../../../lib/domain/backup/reminder';
import { getLastBackup, recordExport, updateSettings } from '../../../lib/store/storage-items';
import { deleteAllData } from '../../../lib/store/backup/wipe';
import { addCommitment } from '../../../lib/store/db/commitments';
import { db } from '../../../lib/store/db/db';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('backup reminder', () => {
  it.each([
    ['a backup 29 days ago', NOW - 29 * DAY, NOW - 100 * DAY, null],
    ['a backup 30 days ago', NOW - 30 * DAY, NOW - 100 * DAY, { days: 30, sinceBackup: true }],
    ['no backup, set up 10 days ago', null, NOW - 10 * DAY, null],
    ['no backup, set up 45 days ago', null, NOW - 45 * DAY, { days: 45, sinceBackup: false }],
    ['nothing known', null, null, null],
    ['a backup an hour ahead of the clock (a clock correction)', NOW + 3_600_000, NOW - 100 * DAY, null],
    [
      'a “backup” years ahead, set up 45 days ago: counts as none',
      Date.parse('2099-01-01T00:00:00Z'),
      NOW - 45 * DAY,
      { days: 45, sinceBackup: false },
    ],
  ])('%s → %j', (_case, lastExportAt, since, due) => {
    expect(backupReminder(lastExportAt, since, NOW)).toEqual(due);
  });

  it('remembers the last export', async () => {
    await recordExport(NOW);
    expect(await getLastBackup()).toEqual({ lastExportAt: NOW });
  });

  it('counts a restored backup as one held from when it was made, never moving the date back', () => {
    expect(lastExportAfterRestore(null, NOW - 3 * DAY, NOW)).toBe(NOW - 3 * DAY);
    expect(lastExportAfterRestore(NOW - 10 * DAY, NOW - 3 * DAY, NOW)).toBe(NOW - 3 * DAY);
    expect(lastExportAfterRestore(NOW, NOW - 40 * DAY, NOW)).toBeNull();
  });

  it('counts a restored backup dated in the future as made now, so the reminder comes back in 30 days', () => {
    expect(lastExportAfterRestore(null, Date.parse('2099-01-01T00:00:00Z'), NOW)).toBe(NOW);
    expect(backupReminder(NOW, null, NOW + 30 * DAY)).toEqual({ days: 30, sinceBackup: true });
  });

  it('replaces a last backup stored far in the future or before 1970 on a restore', () => {
    expect(lastExportAfterRestore(Date.parse('2099-01-01T00:00:00Z'), NOW - 2 * DAY, NOW)).toBe(
      NOW - 2 * DAY,
    );
    expect(lastExportAfterRestore(Date.parse('0001-01-01T00:00:00Z'), NOW - 2 * DAY, NOW)).toBe(
      NOW - 2 * DAY,
    );
  });

  it.each([
    ['a day ago', NOW - DAY, NOW - DAY],
    ['half a day ahead (a clock corrected since)', NOW + DAY / 2, NOW + DAY / 2],
    ['years ahead', Date.parse('2099-01-01T00:00:00Z'), null],
    ['in year 1', Date.parse('0001-01-01T00:00:00Z'), null],
    ['not a number', Number.NaN, null],
    ['none', null, null],
  ])('believes a last backup %s: %s → %s', (_case, stored, held) => {
    expect(heldBackup(stored, NOW)).toBe(held);
  });

  it('counts from setup, not from year 1, when the stored last backup cannot be right', () => {
    const setUp = NOW - 40 * DAY;
    expect(backupReminder(Date.parse('0001-01-01T00:00:00Z'), setUp, NOW)).toEqual({
      days: 40,
      sinceBackup: false,
    });
  });
});

describe('delete all my data', () => {
  it('empties every table and removes every stored setting', async () => {
    await addCommitment('2026-11-25', 'Something');
    await updateSettings({ reviewTime: '18:00' });
    await recordExport(NOW);
    await deleteAllData();
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
