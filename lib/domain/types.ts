/**
 * The stored entities. Each type is what its zod schema in lib/domain/entities/ lets through, the
 * same schema that checks a backup's rows: a field added there is in the type, the table and the
 * backup at once. Every row carries `updatedAt` (epoch ms) so that a backup can be merged row by
 * row, newer wins. This module loads no zod: it holds types, and the few lists that code reads
 * as it runs (the new tab's first paint among them).
 */
import type { z } from 'zod';
import type { commitmentSchema } from './entities/commitment';
import type { dayOffSchema } from './entities/day-off';
import type { ifThenShape } from './entities/fields';
import type { goalSchema } from './entities/goal';
import type { profileSchema } from './entities/profile';
import type { questionSchema } from './entities/question';
import type { recurrenceSchema, scheduleShape } from './entities/recurrence';
import type { reviewSchema } from './entities/review';
import type { sessionSchema } from './entities/session';
import type { strengthSchema } from './entities/strength';
import type { ROW_SCHEMAS, TableName } from './entities/tables';
import type { visionSchema } from './entities/vision';
import type { imageSchema } from './entities/vision-image';
import type { weeklyReviewSchema } from './entities/weekly-review';

/** Identifier of a VIA character strength in `lib/domain/strengths`, e.g. `love-of-learning`. */
export type StrengthId = string;

export const PROFILE_ID = 'me';
export const VISION_ID = 'me';

export const GOAL_STATUSES = ['active', 'achieved', 'archived'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** A goal attainment rating, against the outcome expected for the week: −2 much less … +2 much more. */
export const GOAL_RATINGS = [-2, -1, 0, 1, 2] as const;

/** What a review can record of a commitment. */
export const OUTCOME_STATUSES = ['done', 'not-done', 'dropped'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** A commitment is open until it has an outcome. */
export const COMMITMENT_STATUSES = ['open', ...OUTCOME_STATUSES] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export type Profile = z.output<typeof profileSchema>;

/** Where a strength sits in the user's VIA ranking; 1 is the highest, 1–5 are signature. */
export type StrengthRanking = z.output<typeof strengthSchema>;

export type Vision = z.output<typeof visionSchema>;
export type VisionHorizons = Vision['horizons'];

/** One picture on the vision board: as a backup holds it, its bytes a Blob instead of base64. */
export type VisionImage = Omit<z.output<typeof imageSchema>, 'image'> & { blob: Blob };

export type Goal = z.output<typeof goalSchema>;

/** An implementation intention: "When {when}, I will {then}." */
export type IfThenPlan = z.output<typeof ifThenShape>;

/** An action the user committed to for one day. */
export type Commitment = z.output<typeof commitmentSchema>;

/** When a recurring commitment comes back: chosen weekdays, or every N weeks on one weekday. */
export type RecurrenceSchedule = z.output<typeof scheduleShape>;

/** A recurring commitment, added once to each matching day's list from its start day on. */
export type RecurrenceRule = z.output<typeof recurrenceSchema>;

/** The end-of-day review of one day (keyed by that day, even when written after midnight). */
export type DailyReview = z.output<typeof reviewSchema>;

/** What happened to one commitment, as the end-of-day review recorded it. */
export type ReviewOutcome = DailyReview['outcomes'][number];

/** The weekly zoom-out, keyed by ISO week. */
export type WeeklyReview = z.output<typeof weeklyReviewSchema>;

/** A goal's attainment for a week, as the zoom-out rated it: −2 … +2 against what was expected. */
export type GoalRating = NonNullable<WeeklyReview['goalRatings']>[number];

/** A coaching session as the leader recorded it. */
export type CoachingSession = z.output<typeof sessionSchema>;

/** One thing the leader agreed with their coach in a session. */
export type Agreement = CoachingSession['agreements'][number];

/** A question the leader wants to bring to the next session. */
export type CoachQuestion = z.output<typeof questionSchema>;

/** A day or a run of days off. */
export type DaysOff = z.output<typeof dayOffSchema>;

/** A row of each table as the database stores it. */
export type StoredRows = {
  [N in TableName]: N extends 'visionImages' ? VisionImage : z.output<(typeof ROW_SCHEMAS)[N]>;
};
