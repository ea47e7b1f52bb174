/** A goal the user works towards; commitments can link to it. */
import { z } from 'zod';
import { LIMITS, checkGoalTitle } from '../validation';
import { byRule } from './by-rule';
import { GOAL_STATUSES } from '../types';
import { id, order, stamp, text } from './fields';

export const goalSchema = z.object({
  id,
  title: z.string().transform(byRule(checkGoalTitle)),
  why: text(LIMITS.statement),
  successMeasure: text(LIMITS.statement),
  status: z.enum(GOAL_STATUSES),
  order,
  createdAt: stamp,
  updatedAt: stamp,
});
