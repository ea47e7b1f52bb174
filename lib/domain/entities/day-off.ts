/**
 * A day or a run of days off (a holiday, a conference; schema version 5): no prompts, nothing
 * counted as missed, recurring commitments not added, the streak unharmed.
 */
import { z } from 'zod';
import { checkDaysOff } from '../days-off-check';
import { LIMITS } from '../validation';
import { byRule } from './by-rule';
import { day, id, stamp, text } from './fields';

export const dayOffShape = z.object({
  id,
  /** The first day off. */
  from: day,
  /** The last day off (the same as `from` for a single day). */
  to: day,
  /** What it is, in the leader's words ("Holiday", "Offsite"); may be empty. */
  label: text(LIMITS.title),
  createdAt: stamp,
  updatedAt: stamp,
});

export const dayOffSchema = dayOffShape.transform(byRule(checkDaysOff));
