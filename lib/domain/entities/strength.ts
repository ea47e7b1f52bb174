/** Where a strength sits in the user's VIA ranking: a row per ranked strength. */
import { z } from 'zod';
import { LIMITS } from '../validation';
import { stamp, strengthId, text } from './fields';

export const strengthSchema = z.object({
  id: strengthId,
  /** 1 is the highest; 1–5 are signature strengths. */
  rank: z.number().int().min(1).max(24),
  /** "How I use it", in the user's words. */
  note: text(LIMITS.statement),
  updatedAt: stamp,
  /**
   * When the ranking as a whole last changed (set on every row then; a note does not touch it), so
   * merging two devices can tell which ranking is newer. Missing on rows saved before it existed.
   */
  rankedAt: stamp.optional(),
});
