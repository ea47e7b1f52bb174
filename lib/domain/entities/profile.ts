/** The user's purpose and values: one row. */
import { z } from 'zod';
import { MAX_CUSTOM_OBSTACLES } from '../obstacles';
import { LIMITS } from '../validation';
import { validateValues } from '../values';
import { byRule } from './by-rule';
import { PROFILE_ID } from '../types';
import { stamp, text } from './fields';

export const profileSchema = z.object({
  id: z.literal(PROFILE_ID),
  name: text(LIMITS.title),
  purpose: text(LIMITS.statement),
  /** Ordered, most important first. */
  values: z.array(z.string()).transform(byRule(validateValues)),
  coachName: text(LIMITS.title).optional(),
  /** The user's own "what got in the way" categories, beside the built-in ones. */
  customObstacles: z.array(text(60)).max(MAX_CUSTOM_OBSTACLES).optional(),
  updatedAt: stamp,
});
