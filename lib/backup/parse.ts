/**
 * Reading a backup file: every way a file can be wrong ends in a sentence a person can act on,
 * and nothing is returned for writing unless all of it is right.
 */
import type { ZodIssue } from 'zod';
import { sniffImageType } from '../images';
import { base64ToBytes } from './base64';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  backupSchema,
  type BackupFile,
  type TableName,
} from './schema';

export type ParseResult =
  { ok: true; backup: BackupFile } | { ok: false; message: string; problems: string[] };

/** What one row of each table is called in a message. */
const ROW_NAMES: Record<TableName, string> = {
  profile: 'profile',
  strengths: 'strength',
  vision: 'vision',
  visionImages: 'picture',
  goals: 'goal',
  commitments: 'commitment',
  reviews: 'daily review',
  weeklyReviews: 'weekly review',
  recurrences: 'recurring commitment',
};

const refuse = (message: string, problems: string[] = []): ParseResult => ({ ok: false, message, problems });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a value of each JSON type is called in a message. */
const EXPECTED: Record<string, string> = {
  object: 'a set of fields',
  array: 'a list',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
};

/** "commitment 12: day is not a date" from a zod issue. */
function describeIssue(issue: ZodIssue): string {
  const path = [...issue.path];
  let where = '';
  if (path[0] === 'tables' && typeof path[1] === 'string' && typeof path[2] === 'number') {
    where = `${ROW_NAMES[path[1] as TableName] ?? path[1]} ${path[2] + 1}`;
    path.splice(0, 3);
  } else if (path[0] === 'tables' && typeof path[1] === 'string') {
    where = `the ${path[1]} table`;
    path.splice(0, 2);
  } else if (path.length > 0) {
    where = String(path.shift());
  }
  const field = path.map((part) => (typeof part === 'number' ? `#${part + 1}` : String(part))).join(' ');
  let problem = issue.message;
  if (issue.code === 'invalid_type') {
    problem = issue.received === 'undefined' ? 'is missing' : `is not ${EXPECTED[issue.expected] ?? 'valid'}`;
  } else if (
    issue.code === 'invalid_enum_value' ||
    issue.code === 'invalid_literal' ||
    issue.code === 'invalid_union_discriminator'
  ) {
    problem = 'is not one of the values Flourish uses';
  } else if (!issue.message.startsWith('is') && !issue.message.startsWith('has')) {
    problem = issue.code === 'too_big' ? 'is too long or has too many entries' : 'is not valid';
  }
  if (!field) return [where, problem].filter(Boolean).join(' ');
  return `${where ? `${where}: ` : ''}${field} ${problem}`;
}

/** Keys of each table, for the duplicate check. */
const KEYS: Record<TableName, (row: Record<string, unknown>) => unknown> = {
  profile: (row) => row.id,
  strengths: (row) => row.id,
  vision: (row) => row.id,
  visionImages: (row) => row.id,
  goals: (row) => row.id,
  commitments: (row) => row.id,
  reviews: (row) => row.day,
  weeklyReviews: (row) => row.week,
  recurrences: (row) => row.id,
};

/** Checks what the schema cannot: unique keys, and picture data that really is a picture. */
function crossCheck(backup: BackupFile): string[] {
  const problems: string[] = [];
  for (const table of Object.keys(KEYS) as TableName[]) {
    const seen = new Set<unknown>();
    backup.tables[table].forEach((row, index) => {
      const key = KEYS[table](row as unknown as Record<string, unknown>);
      if (seen.has(key)) problems.push(`${ROW_NAMES[table]} ${index + 1}: ${String(key)} appears twice`);
      seen.add(key);
    });
  }
  backup.tables.visionImages.forEach((row, index) => {
    const bytes = base64ToBytes(row.image.base64);
    if (!bytes || !sniffImageType(bytes.subarray(0, 16)))
      problems.push(`picture ${index + 1}: its data is not an image`);
  });
  return problems;
}

/**
 * Checks a backup about to be saved the way an import will check it, so that a backup which could
 * not be restored is never reported as saved without a word. Returns the problems (none when good).
 */
export function checkOwnBackup(backup: BackupFile, fileBytes: number): string[] {
  if (fileBytes > MAX_BACKUP_BYTES) {
    return [
      `the file is ${Math.ceil(fileBytes / 1024 / 1024)} MB, over the 200 MB a backup can be restored from`,
    ];
  }
  const parsed = backupSchema.safeParse(backup);
  if (!parsed.success) return parsed.error.issues.slice(0, 8).map(describeIssue);
  return crossCheck(parsed.data).slice(0, 8);
}

/** Parses and checks the text of a backup file for a database at `schemaVersion`. */
export function parseBackup(text: string, schemaVersion: number): ParseResult {
  if (text.trim() === '') return refuse('The file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // A file cut short fails at its very end: the parser ran out of text, whatever it says.
    const position = Number(/position (\d+)/.exec(String(error))?.[1] ?? NaN);
    const cutShort =
      /end of (JSON )?(data|input)|unterminated/i.test(String(error)) ||
      position >= text.trimEnd().length - 1;
    return refuse(
      cutShort
        ? 'The file is incomplete: it looks cut short, perhaps while it was being saved or copied.'
        : 'This file is not a Flourish backup: it is not readable as a backup file (JSON).',
    );
  }
  if (!isRecord(value) || value.format !== BACKUP_FORMAT)
    return refuse('This file is not a Flourish backup.');
  const version = value.formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    return refuse(
      `This backup was made by a newer version of Flourish (backup format ${version}). Update Flourish, then import it again.`,
    );
  }
  if (version !== BACKUP_FORMAT_VERSION) return refuse('This backup’s format is not one Flourish knows.');
  if (typeof value.schemaVersion === 'number' && value.schemaVersion > schemaVersion) {
    return refuse(
      'This backup was made by a newer version of Flourish. Update Flourish, then import it again.',
    );
  }

  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 8).map(describeIssue);
    return refuse(`This backup cannot be imported: ${problems[0]}.`, problems);
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0)
    return refuse(`This backup cannot be imported: ${problems[0]}.`, problems.slice(0, 8));
  return { ok: true, backup: parsed.data };
}

/** Reads a chosen file, refusing one too big to be a backup before reading a byte of it. */
export async function readBackupFile(file: Blob, schemaVersion: number): Promise<ParseResult> {
  if (file.size > MAX_BACKUP_BYTES) {
    return refuse(
      `The file is ${Math.ceil(file.size / 1024 / 1024)} MB; a Flourish backup can be up to 200 MB.`,
    );
  }
  try {
    return parseBackup(await file.text(), schemaVersion);
  } catch {
    return refuse('The file could not be read. Choose it again, or check that it is still there.');
  }
}
