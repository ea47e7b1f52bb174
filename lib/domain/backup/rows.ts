/**
 * One row of each table, and the settings and setup progress, as a backup file may hold them: zod
 * schemas built on the editors' own rules (lib/domain/validation.ts, lib/domain/values.ts, lib/domain/recurrence.ts,
 * lib/domain/settings.ts, lib/domain/day-range.ts), so a backup can only hold what Flourish itself could
 * have written. Unknown keys, `__proto__` and `constructor` included, are dropped by parsing.
 */
import { z } from 'zod';
import {
  FIRST_DAY,
  FIRST_WEEK,
  LAST_DAY,
  LAST_WEEK,
  isStorableDay,
  isStorableInstant,
  isStorableWeek,
} from '../day-range';
import { MAX_CUSTOM_OBSTACLES, isObstacle } from '../obstacles';
import { validateSchedule } from '../recurrence';
import { validateSettings } from '../settings';
import { SETUP_STEPS } from '../setup-steps';
import { strengthById } from '../strengths';
import {
  LIMITS,
  checkCommitmentTitle,
  checkGoalTitle,
  checkIfThen,
  checkRecurrenceTitle,
} from '../validation';
import { validateValues } from '../values';
import { byRule } from './by-rule';

/** A picture of up to 20 MB in base64 (4 characters per 3 bytes). */
const MAX_IMAGE_BASE64 = Math.ceil((20 * 1024 * 1024) / 3) * 4;

const text = (max: number) => z.string().max(max, `is longer than ${max} characters`);
const day = z.string().refine(isStorableDay, `is not a date from ${FIRST_DAY} to ${LAST_DAY}`);
const week = z.string().refine(isStorableWeek, `is not a week from ${FIRST_WEEK} to ${LAST_WEEK}`);
/** Milliseconds since 1970, within the days Flourish keeps. */
export const stamp = z.number().refine(isStorableInstant, 'is not a time from 1970 to 9999');
const order = z.number().finite('is not a number');
const strengthId = z
  .string()
  .refine((id) => strengthById(id) !== undefined, 'is not one of the 24 strengths');
const id = z.string().min(1, 'is empty').max(100, 'is too long');
const weekdayNumber = z.number().int().min(0).max(6);
const ifThen = z.object({ when: z.string(), then: z.string() }).transform(byRule(checkIfThen));

export const profileSchema = z.object({
  id: z.literal('me'),
  name: text(LIMITS.title),
  purpose: text(LIMITS.statement),
  values: z.array(z.string()).transform(byRule(validateValues)),
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

/** A picture as the file holds it; its bytes are checked by decoding them (lib/domain/backup/pictures.ts). */
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
  title: z.string().transform(byRule(checkGoalTitle)),
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
  title: z.string().transform(byRule(checkCommitmentTitle)),
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
  title: z.string().transform(byRule(checkRecurrenceTitle)),
  goalId: id.optional(),
  strengthId: strengthId.optional(),
  ifThen: ifThen.optional(),
  schedule: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('weekdays'), weekdays: z.array(weekdayNumber).max(7) }),
      z.object({ kind: z.literal('every-n-weeks'), interval: z.number(), weekday: weekdayNumber }),
    ])
    .transform(byRule(validateSchedule)),
  startDay: day,
  order,
  createdAt: stamp,
  updatedAt: stamp,
});

export const settingsSchema = z
  .object({
    reviewTime: z.string(),
    workdays: z.array(z.number()),
    promptsEnabled: z.boolean(),
    snoozeMinutes: z.number(),
    morningTime: z.string().nullable(),
    weeklyReviewDay: z.number().nullable(),
  })
  .transform(byRule(validateSettings));

export const setupSchema = z.object({
  step: z.enum(SETUP_STEPS),
  completedAt: stamp.nullable(),
});
