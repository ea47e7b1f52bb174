/** An action the user committed to for one day. */
import { z } from 'zod';
import { checkCommitmentTitle } from '../validation';
import { byRule } from './by-rule';
import { COMMITMENT_STATUSES } from '../types';
import { day, id, ifThen, order, stamp, strengthId } from './fields';

export const commitmentSchema = z.object({
  id,
  day,
  title: z.string().transform(byRule(checkCommitmentTitle)),
  goalId: id.optional(),
  strengthId: strengthId.optional(),
  ifThen: ifThen.optional(),
  status: z.enum(COMMITMENT_STATUSES),
  /** The commitment this one was carried over from, on an earlier day. */
  carriedFrom: id.optional(),
  order,
  createdAt: stamp,
  updatedAt: stamp,
  doneAt: stamp.optional(),
  /** The recurring rule that added this commitment to its day (schema version 2). */
  recurrenceId: id.optional(),
});
