/** The tables of the database, each with its row's schema: the one list of tables. */
import { commitmentSchema } from './commitment';
import { goalSchema } from './goal';
import { profileSchema } from './profile';
import { recurrenceSchema } from './recurrence';
import { reviewSchema } from './review';
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
};

export type TableName = keyof typeof ROW_SCHEMAS;

export const TABLE_NAMES = Object.keys(ROW_SCHEMAS) as TableName[];
