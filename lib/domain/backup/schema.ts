/**
 * What a backup file may contain, format version 1: its tables, each a list of rows of
 * lib/domain/entities/tables.ts, the settings and setup progress, and what the file says about
 * itself. Pure: the check runs in a Web Worker.
 */
import { z } from 'zod';
import { isStorableInstant } from '../day-range';
import { MAX_BOARD_PICTURES } from '../images';
import { rankingOf } from '../ranking';
import { settingsSchema } from '../entities/settings';
import { setupSchema } from '../entities/setup';
import type { ROW_SCHEMAS, TableName } from '../entities/tables';
import { t } from '../../i18n';
import { PHRASE } from './describe';
import { parseIsoInstant } from './instant';

export const BACKUP_FORMAT = 'flourish-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Files larger than this are refused before they are read. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

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
  sessions: 10_000,
  questions: 10_000,
  daysOff: 10_000,
};

/** Rules over a whole table, as the editor keeps it: the ranking runs 1, 2, 3 … with no tie. */
export const TABLE_RULES: Partial<Record<TableName, (rows: never[]) => unknown>> = {
  strengths: rankingOf,
};

const exportedAt = z
  .string()
  .max(40)
  .superRefine((value, context) => {
    const instant = parseIsoInstant(value);
    // Worded as the check runs, in the language in force then.
    const message =
      instant === null
        ? t('data:check.notTime')
        : !isStorableInstant(instant)
          ? t('data:check.notInRange')
          : null;
    if (message) context.addIssue({ code: z.ZodIssueCode.custom, message, params: { [PHRASE]: true } });
  });

/** The file but its tables, whose rows lib/domain/backup/check.ts checks one by one. */
export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().min(1),
  exportedAt,
  settings: settingsSchema,
  setup: setupSchema,
});

/** Each table of a backup: rows as their schemas in lib/domain/entities/ let them through. */
export type BackupTables = { [N in TableName]: z.output<(typeof ROW_SCHEMAS)[N]>[] };

export type BackupFile = z.output<typeof backupSchema> & { tables: BackupTables };
