import { describe, expect, it } from 'vitest';
import { lastBackupLine } from '../../../entrypoints/options/data/last-backup';
import { formatDayLong } from '../../../lib/domain/format';

const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('the Data page’s line about the last backup', () => {
  it('names the day of a believable last backup', () => {
    // Noon UTC: the same calendar day in every time zone this could run in.
    expect(lastBackupLine(Date.parse('2026-11-20T12:00:00Z'), NOW)).toBe(
      `Last backup: ${formatDayLong('2026-11-20')}.`,
    );
  });

  it('says when there has been none', () => {
    expect(lastBackupLine(null, NOW)).toBe('No backup made on this device yet.');
  });

  it.each([
    ['in year 1', Date.parse('0001-01-01T00:00:00Z')],
    ['in 2999', Date.parse('2999-01-01T00:00:00Z')],
    ['at the last time JavaScript can hold', 8.64e15],
    ['not a number', Number.NaN],
  ])('renders, instead of breaking the page, a last backup stored %s', (_case, stored) => {
    expect(lastBackupLine(stored, NOW)).toBe(
      'The date of the last backup cannot be right; make a new backup to be sure.',
    );
  });
});
