/**
 * The tables of the database: each one's row schema and the field it is keyed by. The one list of
 * tables: the database's typing, the backup's format, its export and its restore all follow it.
 */
import type { StoredRows } from '../types';
import { commitmentSchema } from './commitment';
import { dayOffSchema } from './day-off';
import { goalSchema } from './goal';
import { profileSchema } from './profile';
import { questionSchema } from './question';
import { recurrenceSchema } from './recurrence';
import { reviewSchema } from './review';
import { sessionSchema } from './session';
import { strengthSchema } from './strength';
import { visionSchema } from './vision';
import { imageSchema } from './vision-image';
import { weeklyReviewSchema } from './weekly-review';

/** One row of each table as a backup holds it, in the order the tables are written and restored. */
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
  sessions: sessionSchema,
  questions: questionSchema,
  daysOff: dayOffSchema,
};

export type TableName = keyof typeof ROW_SCHEMAS;

export const TABLE_NAMES = Object.keys(ROW_SCHEMAS) as TableName[];

/** The field each table's rows are keyed by. */
export const TABLE_KEYS = {
  profile: 'id',
  strengths: 'id',
  vision: 'id',
  visionImages: 'id',
  goals: 'id',
  commitments: 'id',
  reviews: 'day',
  weeklyReviews: 'week',
  recurrences: 'id',
  sessions: 'id',
  questions: 'id',
  daysOff: 'id',
} as const satisfies { [N in TableName]: keyof StoredRows[N] };
