/** The user's vision in words: one row. */
import { z } from 'zod';
import { LIMITS } from '../validation';
import { VISION_ID } from '../types';
import { stamp, text } from './fields';

export const visionSchema = z.object({
  id: z.literal(VISION_ID),
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
