/** The end-of-day review of one day (keyed by that day, even when written after midnight). */
import { z } from 'zod';
import { isObstacle } from '../obstacles';
import { LIMITS } from '../validation';
import { OUTCOME_STATUSES } from '../types';
import { day, id, stamp, strengthId, text } from './fields';

/** What happened to one commitment, as the review recorded it. */
const outcomeSchema = z.object({
  commitmentId: id,
  status: z.enum(OUTCOME_STATUSES),
  /** A built-in obstacle id or `custom:` and the user's words (lib/domain/obstacles). */
  obstacle: z.string().max(70).refine(isObstacle, 'is not an obstacle Flourish knows').optional(),
  note: text(LIMITS.statement).optional(),
  /** What the review decided for a commitment that was not done. */
  decision: z.enum(['carry', 'move', 'drop']).optional(),
  /** For a move: the day chosen. */
  moveTo: day.optional(),
  /** Set once the commitment has been carried over, to the day it went to. */
  carriedTo: day.optional(),
});

const scale = z.number().int().min(1, 'is not between 1 and 5').max(5, 'is not between 1 and 5');

export const reviewSchema = z.object({
  day,
  /** Unset while the review is a draft. */
  completedAt: stamp.optional(),
  /** Set when the user chose to skip the day's review rather than write it. */
  skipped: z.boolean().optional(),
  outcomes: z.array(outcomeSchema).max(200),
  wentWell: text(LIMITS.statement),
  strengthsUsed: z.array(strengthId).max(24),
  learned: text(LIMITS.statement),
  tomorrowFocus: text(LIMITS.statement),
  /** Starred by the leader to bring to the next coaching session (schema version 5). */
  starred: z.boolean().optional(),
  energy: scale.optional(),
  stress: scale.optional(),
  updatedAt: stamp,
});
