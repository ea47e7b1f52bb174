/**
 * A question the leader wants to bring to their next coaching session (schema version 5), noted
 * at any time from the popup or the session prep. Once brought, it points at that session.
 */
import { z } from 'zod';
import { checkQuestion } from '../validation';
import { byRule } from './by-rule';
import { id, stamp } from './fields';

export const questionSchema = z.object({
  id,
  text: z.string().transform(byRule(checkQuestion)),
  /** The session it was brought to; unset while it waits for the next one. */
  broughtTo: id.optional(),
  createdAt: stamp,
  updatedAt: stamp,
});
