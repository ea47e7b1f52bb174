/**
 * Checking a backup file before anything is written: every way a file can be wrong ends in a
 * sentence a person can act on, and nothing is returned for writing unless all of it is right.
 * Pure and self-contained (no database, no extension storage), so it runs in a Web Worker and
 * reports its progress as it goes: bytes read, rows checked, pictures decoded.
 */
import { z } from 'zod';
import type { VisionImage } from '../types';
import { ValidationError } from '../validation';
import { t } from '../../i18n';
import { describeIssue, describeRule, rowName, tablePlace } from './describe';
import { explainJsonError } from './json-error';
import { restorePictures, type Decode } from './pictures';
import { upgradeBackupRows } from './upgrade-rows';
import { ROW_SCHEMAS, TABLE_KEYS, TABLE_NAMES, type TableName } from '../entities/tables';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  TABLE_MAX,
  TABLE_RULES,
  backupSchema,
  type BackupFile,
  type BackupTables,
} from './schema';

/** A checked backup, ready to write: its pictures are the Blobs the board stores. */
export type RestorableBackup = Omit<BackupFile, 'tables'> & {
  tables: Omit<BackupTables, 'visionImages'> & { visionImages: VisionImage[] };
};

export type CheckResult =
  | { ok: true; backup: RestorableBackup }
  | {
      ok: false;
      message: string;
      problems: string[];
      /** The file is protected by a password, and none (or not its own) was given. */
      locked?: boolean;
    };

/** Where the check is: reading (bytes), parsing, checking rows, decoding pictures. */
export type CheckProgress =
  | { step: 'reading'; done: number; total: number }
  | { step: 'unlocking' }
  | { step: 'parsing' }
  | { step: 'rows'; done: number; total: number }
  | { step: 'pictures'; done: number; total: number };

export interface CheckOptions {
  /** Decodes a picture, rejecting bytes that are not one (the browser's createImageBitmap). */
  decode: Decode;
  /** The zone an older backup's dates are read in, for the repairs later versions make (`upgradeBackupRows`). */
  timeZone: string;
  onProgress?: (progress: CheckProgress) => void;
  /** The password a protected backup is opened with (lib/domain/backup/protect.ts). */
  password?: string;
}

/** At most this many problems are listed: enough to see what is wrong, not a wall of text. */
const MAX_PROBLEMS = 8;
/** Rows checked between two progress reports: a hundredth of them, and at least 100. */
const rowsPerReport = (total: number) => Math.max(100, Math.ceil(total / 100));

const refuse = (message: string, problems: string[] = []): CheckResult => ({ ok: false, message, problems });
const cannotImport = (problems: string[]) =>
  refuse(t('data:check.cannotImport', { problem: problems[0] }), problems.slice(0, MAX_PROBLEMS));

/** Tables added after schema version 1: recurring commitments (2); sessions, questions, days off (5). */
const ADDED_LATER = new Set<TableName>(['recurrences', 'sessions', 'questions', 'daysOff']);

/** Each table as a list of at most TABLE_MAX rows, not yet looked into (they are checked one by one). */
function listsOfRows() {
  const shape = {} as Record<TableName, z.ZodType<unknown[], z.ZodTypeDef, unknown>>;
  for (const name of TABLE_NAMES) {
    // Its message is worded when it is read (describeIssue), in the language in force then.
    const rows = z.array(z.unknown()).max(TABLE_MAX[name]);
    // Tables later schema versions added are missing from older backups: empty there.
    shape[name] = ADDED_LATER.has(name) ? rows.default([]) : rows;
  }
  return shape;
}

/** The file as a whole, its tables' rows left for `checkTables`. */
const envelopeSchema = backupSchema.extend({ tables: z.object(listsOfRows()) });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The refusal for a file that is JSON but not a backup this Flourish can read, or null. */
function refuseEnvelope(value: unknown, schemaVersion: number): CheckResult | null {
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) return refuse(t('data:check.notBackup'));
  const version = value.formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    return refuse(t('data:check.newerFormat', { version }));
  }
  if (version !== BACKUP_FORMAT_VERSION) return refuse(t('data:check.unknownFormat'));
  if (typeof value.schemaVersion === 'number' && value.schemaVersion > schemaVersion) {
    return refuse(t('data:check.newerSchema'));
  }
  return null;
}

/** Checks every row of every table, one by one (so progress can be told), then each table's rule. */
function checkTables(
  tables: Record<TableName, unknown[]>,
  report: (done: number, total: number) => void,
): { tables: BackupTables; problems: string[] } {
  const total = TABLE_NAMES.reduce((sum, name) => sum + tables[name].length, 0);
  const every = rowsPerReport(total);
  const problems: string[] = [];
  const checked = {} as Record<TableName, unknown[]>;
  let done = 0;
  for (const name of TABLE_NAMES) {
    const rows: unknown[] = [];
    for (const [index, row] of tables[name].entries()) {
      const result = ROW_SCHEMAS[name].safeParse(row);
      if (result.success) rows.push(result.data);
      else
        for (const issue of result.error.issues)
          problems.push(describeIssue({ ...issue, path: ['tables', name, index, ...issue.path] }));
      if (problems.length >= MAX_PROBLEMS) return { tables: checked as BackupTables, problems };
      done += 1;
      if (done % every === 0) report(done, total);
    }
    checked[name] = rows;
    // A table with a row refused already is not a table to judge as a whole (nor to number).
    if (rows.length < tables[name].length) continue;
    const seen = new Set<unknown>();
    for (const [index, row] of rows.entries()) {
      const key = (row as Record<string, unknown>)[TABLE_KEYS[name]];
      if (seen.has(key))
        problems.push(
          t('data:check.appearsTwice', { row: rowName(name), number: index + 1, key: String(key) }),
        );
      seen.add(key);
    }
    try {
      TABLE_RULES[name]?.(rows as never[]);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(describeRule(tablePlace(name), error.message));
    }
  }
  report(total, total);
  return { tables: checked as BackupTables, problems };
}

/** Checks the text of a backup file for a database at `schemaVersion`. */
export async function checkBackupText(
  text: string,
  schemaVersion: number,
  { decode, onProgress = () => undefined, timeZone }: CheckOptions,
): Promise<CheckResult> {
  if (text.trim().length === 0) return refuse(t('data:check.empty'));
  onProgress({ step: 'parsing' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse(explainJsonError(text));
  }
  const refused = refuseEnvelope(value, schemaVersion);
  if (refused) return refused;
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return cannotImport(envelope.error.issues.map(describeIssue));

  const { tables, problems } = checkTables(envelope.data.tables, (done, total) =>
    onProgress({ step: 'rows', done, total }),
  );
  if (problems.length > 0) return cannotImport(problems);
  const total = tables.visionImages.length;
  const { pictures, problems: pictureProblems } = await restorePictures(tables.visionImages, decode, (done) =>
    onProgress({ step: 'pictures', done, total }),
  );
  if (pictureProblems.length > 0) return cannotImport(pictureProblems);
  const upgraded = upgradeBackupRows(tables, envelope.data.schemaVersion, timeZone);
  return { ok: true, backup: { ...envelope.data, tables: { ...upgraded, visionImages: pictures } } };
}
