/**
 * What a backup file may contain, format version 1, as zod schemas. Everything is checked before
 * anything is written: types, real dates, known strengths and obstacles, lengths, and no fields
 * beyond these (unknown keys, `__proto__` and `constructor` included, are dropped by parsing).
 */
import { z } from 'zod';
import { isDayKey, parseTime, weekKeyStart } from '../days';
import { MAX_BOARD_PICTURES } from '../images';
import { MAX_CUSTOM_OBSTACLES, isObstacle } from '../obstacles';
import { strengthById } from '../strengths';
import { LIMITS } from '../validation';
import { parseIsoInstant } from './instant';

export const BACKUP_FORMAT = 'flourish-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Files larger than this are refused before they are read. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/** A picture of up to 20 MB in base64 (4 characters per 3 bytes). */
const MAX_IMAGE_BASE64 = Math.ceil((20 * 1024 * 1024) / 3) * 4;

const text = (max: number) => z.string().max(max, `is longer than ${max} characters`);
const day = z.string().refine(isDayKey, 'is not a date');
const week = z.string().refine((value) => weekKeyStart(value) !== null, 'is not a week');
const time = z.string().refine((value) => parseTime(value) !== null, 'is not a time like 17:30');
/** Milliseconds since 1970, within the dates JavaScript can hold. */
const stamp = z.number().int('is not a time').nonnegative('is not a time').max(8.64e15, 'is not a time');
const order = z.number().finite('is not a number');
const strengthId = z
  .string()
  .refine((id) => strengthById(id) !== undefined, 'is not one of the 24 strengths');
const id = z.string().min(1, 'is empty').max(100, 'is too long');
const weekdayNumber = z.number().int().min(0).max(6);
const ifThen = z.object({ when: text(LIMITS.commitmentTitle), then: text(LIMITS.commitmentTitle) });

export const profileSchema = z.object({
  id: z.literal('me'),
  name: text(LIMITS.title),
  purpose: text(LIMITS.statement),
  values: z.array(text(LIMITS.title)).max(7, 'has more than 7 values'),
  coachName: text(LIMITS.title).optional(),
  customObstacles: z.array(text(60)).max(MAX_CUSTOM_OBSTACLES).optional(),
  updatedAt: stamp,
});

export const strengthSchema = z.object({
  id: strengthId,
  rank: z.number().int().min(1).max(24),
  note: text(LIMITS.statement),
  updatedAt: stamp,
  rankedAt: stamp.optional(),
});

export const visionSchema = z.object({
  id: z.literal('me'),
  statement: text(LIMITS.statement),
  looksLike: text(LIMITS.statement),
  feelsLike: text(LIMITS.statement),
  horizons: z.object({
    now: text(LIMITS.statement),
    oneYear: text(LIMITS.statement),
    threeYears: text(LIMITS.statement),
  }),
  updatedAt: stamp,
});

export const imageSchema = z.object({
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  image: z.object({
    type: z.string().max(40),
    base64: z.string().max(MAX_IMAGE_BASE64, 'is a picture over 20 MB'),
  }),
  caption: text(LIMITS.title),
  order,
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  createdAt: stamp,
  updatedAt: stamp,
});

export const goalSchema = z.object({
  id,
  title: text(LIMITS.title),
  why: text(LIMITS.statement),
  successMeasure: text(LIMITS.statement),
  status: z.enum(['active', 'achieved', 'archived']),
  order,
  createdAt: stamp,
  updatedAt: stamp,
});

export const commitmentSchema = z.object({
  id,
  day,
  title: text(LIMITS.commitmentTitle),
  goalId: id.optional(),
  strengthId: strengthId.optional(),
  ifThen: ifThen.optional(),
  status: z.enum(['open', 'done', 'not-done', 'dropped']),
  carriedFrom: id.optional(),
  order,
  createdAt: stamp,
  updatedAt: stamp,
  doneAt: stamp.optional(),
  recurrenceId: id.optional(),
});

const outcomeSchema = z.object({
  commitmentId: id,
  status: z.enum(['done', 'not-done', 'dropped']),
  obstacle: z.string().max(70).refine(isObstacle, 'is not an obstacle Flourish knows').optional(),
  note: text(LIMITS.statement).optional(),
  decision: z.enum(['carry', 'move', 'drop']).optional(),
  moveTo: day.optional(),
  carriedTo: day.optional(),
});

const scale = z.number().int().min(1, 'is not between 1 and 5').max(5, 'is not between 1 and 5');

export const reviewSchema = z.object({
  day,
  completedAt: stamp.optional(),
  skipped: z.boolean().optional(),
  outcomes: z.array(outcomeSchema).max(200),
  wentWell: text(LIMITS.statement),
  strengthsUsed: z.array(strengthId).max(24),
  learned: text(LIMITS.statement),
  tomorrowFocus: text(LIMITS.statement),
  energy: scale.optional(),
  stress: scale.optional(),
  updatedAt: stamp,
});

export const weeklyReviewSchema = z.object({
  week,
  wins: text(LIMITS.statement),
  patterns: text(LIMITS.statement),
  nextWeekFocus: text(LIMITS.statement),
  completedAt: stamp.optional(),
  updatedAt: stamp,
});

export const recurrenceSchema = z.object({
  id,
  title: text(LIMITS.commitmentTitle),
  goalId: id.optional(),
  strengthId: strengthId.optional(),
  ifThen: ifThen.optional(),
  schedule: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('weekdays'),
      weekdays: z.array(weekdayNumber).min(1, 'has no weekday').max(7),
    }),
    z.object({
      kind: z.literal('every-n-weeks'),
      interval: z.number().int().min(1).max(52),
      weekday: weekdayNumber,
    }),
  ]),
  startDay: day,
  order,
  createdAt: stamp,
  updatedAt: stamp,
});

export const settingsSchema = z.object({
  reviewTime: time,
  workdays: z.array(weekdayNumber).max(7),
  promptsEnabled: z.boolean(),
  snoozeMinutes: z.number().int().min(1).max(240),
  morningTime: time.nullable(),
  weeklyReviewDay: weekdayNumber.nullable(),
});

export const setupSchema = z.object({
  step: z.enum(['welcome', 'purpose', 'values', 'strengths', 'vision', 'goals', 'review-time', 'done']),
  completedAt: stamp.nullable(),
});

/** The tables of a backup, each a list of rows (the schema version 2 model). */
export const tablesSchema = z.object({
  profile: z.array(profileSchema).max(1),
  strengths: z.array(strengthSchema).max(24),
  vision: z.array(visionSchema).max(1),
  visionImages: z.array(imageSchema).max(MAX_BOARD_PICTURES, `has more than ${MAX_BOARD_PICTURES} pictures`),
  goals: z.array(goalSchema).max(10_000),
  commitments: z.array(commitmentSchema).max(500_000),
  reviews: z.array(reviewSchema).max(50_000),
  weeklyReviews: z.array(weeklyReviewSchema).max(10_000),
  // Backups of schema version 1 had no recurring commitments.
  recurrences: z.array(recurrenceSchema).max(10_000).default([]),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().min(1),
  exportedAt: z
    .string()
    .max(40)
    .refine((value) => parseIsoInstant(value) !== null, 'is not a time like 2026-11-25T12:00:00.000Z'),
  tables: tablesSchema,
  settings: settingsSchema,
  setup: setupSchema,
});

export type BackupFile = z.output<typeof backupSchema>;
export type BackupTables = BackupFile['tables'];
export type TableName = keyof BackupTables;
