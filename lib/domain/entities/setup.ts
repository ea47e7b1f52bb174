/** Where the user is in the first-run setup, kept in extension storage so closing the page resumes there. */
import { z } from 'zod';
import { SETUP_STEPS } from '../setup-steps';
import { stamp } from './fields';

export const setupSchema = z.object({
  step: z.enum(SETUP_STEPS),
  /** When the user reached the last step; null until then. */
  completedAt: stamp.nullable(),
});
