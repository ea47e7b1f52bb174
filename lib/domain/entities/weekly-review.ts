/** The weekly zoom-out, keyed by ISO week. */
import { z } from 'zod';
import { LIMITS } from '../validation';
import { stamp, text, week } from './fields';

export const weeklyReviewSchema = z.object({
  week,
  wins: text(LIMITS.statement),
  patterns: text(LIMITS.statement),
  nextWeekFocus: text(LIMITS.statement),
  completedAt: stamp.optional(),
  updatedAt: stamp,
});
