/**
 * A backup is data, never words: one made while German is in force is the same file English makes,
 * and restores in English with every row, the settings and the setup progress field for field. What
 * the check finds wrong is told in the language in force.
 */
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkBackupText } from '../../../lib/domain/backup/check';
import { setLanguage } from '../../../lib/i18n';
import { createBackup } from '../../../lib/store/backup/export';
import { applyImport } from '../../../lib/store/backup/import';
import { deleteAllData } from '../../../lib/store/backup/wipe';
import { db } from '../../../lib/store/db/db';
import { SCHEMA_VERSION } from '../../../lib/store/db/schema';
import { database, settings, setup } from '../../support/arbitraries';
import { decodePng } from '../../support/png';

const NOW = Date.UTC(2026, 10, 25, 12);
const check = (text: string) => checkBackupText(text, SCHEMA_VERSION, { decode: decodePng, timeZone: 'UTC' });

type Row = Record<string, unknown>;

/** Every row of every table but the database's bookkeeping, in key order, pictures as type and bytes. */
async function stored(): Promise<Record<string, Row[]>> {
  const tables = db.tables.filter((table) => table.name !== 'meta');
  const entries = await Promise.all(
    tables.map(async (table) => {
      const rows = await table.orderBy(':id').toArray();
      const comparable = await Promise.all(
        rows.map(async (row: Row) =>
          row.blob instanceof Blob
            ? { ...row, blob: { type: row.blob.type, bytes: new Uint8Array(await row.blob.arrayBuffer()) } }
            : row,
        ),
      );
      return [table.name, comparable] as const;
    }),
  );
  return Object.fromEntries(entries);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
  setLanguage('en');
});

describe('a backup across languages', () => {
  it('made in German is the file English makes, and restores in English field for field', async () => {
    await fc.assert(
      fc.asyncProperty(database, settings, setup, async (data, chosen, progress) => {
        setLanguage('en');
        await deleteAllData();
        await db.transaction('rw', db.tables, async () => {
          for (const [table, rows] of Object.entries(data)) await db.table(table).bulkAdd(rows);
        });
        await fakeBrowser.storage.local.set({ settings: chosen, setup: progress });
        const before = await stored();
        const english = JSON.stringify(await createBackup('0.1.0', NOW));

        setLanguage('de', 'de-DE');
        const german = JSON.stringify(await createBackup('0.1.0', NOW));
        expect(german).toBe(english);

        setLanguage('en', 'en-US');
        await deleteAllData();
        const checked = await check(german);
        if (!checked.ok) throw new Error(`${checked.message} ${checked.problems.join('; ')}`);
        await applyImport(checked.backup, 'replace');

        expect(await stored()).toStrictEqual(before);
        expect(await fakeBrowser.storage.local.get(['settings', 'setup'])).toStrictEqual({
          settings: chosen,
          setup: progress,
        });
      }),
      { numRuns: 5 },
    );
  }, 120_000);

  it('says what is wrong with a file in the language in force', async () => {
    setLanguage('de', 'de-DE');
    expect(await check('   ')).toEqual({ ok: false, message: 'Die Datei ist leer.', problems: [] });
    expect(await check('{"format": "flourish-backup",')).toMatchObject({
      message:
        'Die Datei ist unvollständig: Sie scheint abgeschnitten, vielleicht beim Speichern oder Kopieren.',
    });
    expect(await check('{"a": 1,}')).toMatchObject({
      message: 'Die Datei hat einen Fehler in Zeile 1, Spalte 8: ein Komma ohne Folgendes vor „}“.',
    });
    setLanguage('en');
    expect(await check('   ')).toMatchObject({ message: 'The file is empty.' });
  });
});
