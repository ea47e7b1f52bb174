/**
 * What a backup file may contain, format version 1: its tables, each a list of rows of
 * lib/domain/backup/rows.ts, the settings and setup progress, and what the file says about itself. Pure:
 * the check runs in a Web Worker.
 */
import { z } from 'zod';
import { isStorableInstant } from '../day-range';
import { MAX_BOARD_PICTURES } from '../images';
import { rankingOf } from '../ranking';
import { byRule } from './by-rule';
import { parseIsoInstant } from './instant';
import {
  commitmentSchema,
  goalSchema,
  imageSchema,
  profileSchema,
  recurrenceSchema,
  reviewSchema,
  settingsSchema,
  setupSchema,
  strengthSchema,
  visionSchema,
  weeklyReviewSchema,
} from './rows';

export { RULE_ISSUE } from './by-rule';

export const BACKUP_FORMAT = 'flourish-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Files larger than this are refused before they are read. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** One row of each table, in the order the tables are written (the schema version 2 model). */
export const ROW_SCHEMAS = {
  profile: profileSchema,
  strengths: strengthSchema,
  vision: visionSchema,
  visionImages: imageSchema,
  goals: goalSchema,
  commitments: commitmentSchema,
  reviews: reviewSchema,
  weeklyReviews: weeklyReviewSchema,
  recurrences: recurrenceSchema,
};

export type TableName = keyof typeof ROW_SCHEMAS;

/** How many rows each table may hold. */
export const TABLE_MAX: Record<TableName, number> = {
  profile: 1,
  strengths: 24,
  vision: 1,
  visionImages: MAX_BOARD_PICTURES,
  goals: 10_000,
  commitments: 500_000,
  reviews: 50_000,
  weeklyReviews: 10_000,
  recurrences: 10_000,
};

export const TABLE_NAMES = Object.keys(ROW_SCHEMAS) as TableName[];

/** Rules over a whole table, as the editor keeps it: the ranking runs 1, 2, 3 … with no tie. */
export const TABLE_RULES: Partial<Record<TableName, (rows: never[]) => unknown>> = {
  strengths: rankingOf,
};

/** A table of the file: a list of at most TABLE_MAX rows, then its table rule. */
function tableSchema<N extends TableName>(name: N) {
  const rule = TABLE_RULES[name];
  return z
    .array(ROW_SCHEMAS[name] as (typeof ROW_SCHEMAS)[N])
    .max(TABLE_MAX[name], `has more than ${TABLE_MAX[name]} rows`)
    .superRefine((rows, context) => {
      if (rule) byRule(rule)(rows as never[], context);
    });
}

export const tablesSchema = z.object({
  profile: tableSchema('profile'),
  strengths: tableSchema('strengths'),
  vision: tableSchema('vision'),
  visionImages: tableSchema('visionImages'),
  goals: tableSchema('goals'),
  commitments: tableSchema('commitments'),
  reviews: tableSchema('reviews'),
  weeklyReviews: tableSchema('weeklyReviews'),
  // Backups of schema version 1 had no recurring commitments.
  recurrences: tableSchema('recurrences').default([]),
});

const exportedAt = z
  .string()
  .max(40)
  .superRefine((value, context) => {
    const instant = parseIsoInstant(value);
    const message =
      instant === null
        ? 'is not a time like 2026-11-25T12:00:00.000Z'
        : !isStorableInstant(instant)
          ? 'is not a time from 1970 to 9999'
          : null;
    if (message) context.addIssue({ code: z.ZodIssueCode.custom, message });
  });

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().min(1),
  exportedAt,
  tables: tablesSchema,
  settings: settingsSchema,
  setup: setupSchema,
});

export type BackupFile = z.output<typeof backupSchema>;
export type BackupTables = BackupFile['tables'];
