/**
 * A password-protected backup through the Data page's path: read, opened with the password,
 * checked, restored. Without its password it is locked and changes nothing; a wrong password says
 * so; a changed file says so; with the password it restores every row as the unprotected file does.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { checkBackupFile } from '../../../lib/domain/backup/check-file';
import type { CheckProgress, CheckResult } from '../../../lib/domain/backup/check';
import { protectBackup } from '../../../lib/domain/backup/protect';
import { createBackup } from '../../../lib/store/backup/export';
import { applyImport } from '../../../lib/store/backup/import';
import { db } from '../../../lib/store/db/db';
import { SCHEMA_VERSION } from '../../../lib/store/db/schema';
import { dumpDatabase } from '../../support/dump';
import { decodePng } from '../../support/png';
import { readFixture } from './db/fixtures';

const CHECK = { decode: decodePng, timeZone: 'UTC' };
const PASSWORD = 'Vision2027!';

let plain: string;
let sealed: string;

beforeEach(async () => {
  const fixture = readFixture(2);
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await db.table(table).bulkAdd(rows);
  });
  plain = JSON.stringify(await createBackup('0.1.0', Date.parse('2026-11-25T12:00:00Z')));
  sealed = await protectBackup(plain, PASSWORD);
});

const check = (text: string, password?: string, onProgress?: (progress: CheckProgress) => void) =>
  checkBackupFile(new File([text], 'flourish-backup-2026-11-25-protected.json'), SCHEMA_VERSION, {
    ...CHECK,
    ...(password !== undefined && { password }),
    ...(onProgress && { onProgress }),
  });

const failure = (result: CheckResult) =>
  result.ok ? null : { message: result.message, locked: result.locked };

describe('a password-protected backup on the Data page', () => {
  it('is locked until its password is given, and says so', async () => {
    expect(failure(await check(sealed))).toEqual({
      message: 'This backup is protected by a password. Type its password to open it.',
      locked: true,
    });
  });

  it('stays locked with a wrong password, and says it is the password', async () => {
    expect(failure(await check(sealed, 'vision2027!'))).toEqual({
      message: 'That password does not open this backup. Check it (capitals count) and try again.',
      locked: true,
    });
  });

  it('is refused, not locked, when the file was changed after it was made', async () => {
    const file = JSON.parse(sealed) as { data: string };
    const bytes = Buffer.from(file.data, 'base64');
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    const changed = JSON.stringify({ ...file, data: bytes.toString('base64') });
    expect(failure(await check(changed, PASSWORD))).toEqual({
      message:
        'This backup was changed after it was made, so Flourish will not restore it. Use another copy of the file.',
      locked: undefined,
    });
  });

  it('opens with its password, says it is opening it, and holds what the unprotected file holds', async () => {
    const steps: string[] = [];
    const opened = await check(sealed, PASSWORD, (progress) => steps.push(progress.step));
    const unprotected = await check(plain);
    expect(opened.ok && unprotected.ok).toBe(true);
    expect(opened).toStrictEqual(unprotected);
    expect([...new Set(steps)]).toEqual(['reading', 'unlocking', 'parsing', 'rows', 'pictures']);
  });

  it('restores every row as it was when it was made', async () => {
    const before = await dumpDatabase(db);
    const opened = await check(sealed, PASSWORD);
    if (!opened.ok) throw new Error(opened.message);
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
    });
    await applyImport(opened.backup, 'replace');
    expect(await dumpDatabase(db)).toStrictEqual(before);
  });
});
