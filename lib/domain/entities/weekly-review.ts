/** The weekly zoom-out, keyed by ISO week. */
import { z } from 'zod';
import { LIMITS } from '../validation';
import { id, stamp, text, week } from './fields';

const goalRatingSchema = z.object({
  goalId: id,
  rating: z.number().int().min(-2, 'is not from −2 to +2').max(2, 'is not from −2 to +2'),
});

export const weeklyReviewSchema = z.object({
  week,
  wins: text(LIMITS.statement),
  patterns: text(LIMITS.statement),
  nextWeekFocus: text(LIMITS.statement),
  /** How each active goal went this week (schema version 5; older zoom-outs have none). */
  goalRatings: z
    .array(goalRatingSchema)
    .max(100)
    .refine(
      (ratings) => new Set(ratings.map((r) => r.goalId)).size === ratings.length,
      'has a goal rated twice',
    )
    .optional(),
  completedAt: stamp.optional(),
  updatedAt: stamp,
});
