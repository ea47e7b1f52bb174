/**
 * A coaching session as the leader records it (schema version 5): when it was, when the next one
 * is, and what they agreed with their coach. An agreement can become a goal, a recurring
 * commitment or tomorrow's commitment in one step; `became` points at what it became.
 */
import { z } from 'zod';
import { checkAgreement, LIMITS } from '../validation';
import { byRule } from './by-rule';
import { day, id, stamp, text } from './fields';

/** At most this many agreements in one session. */
export const MAX_AGREEMENTS = 50;

export const AGREEMENT_OUTCOMES = ['goal', 'recurrence', 'commitment'] as const;
export type AgreementOutcome = (typeof AGREEMENT_OUTCOMES)[number];

export const agreementSchema = z.object({
  id,
  text: z.string().transform(byRule(checkAgreement)),
  /** What the agreement became: the goal, recurring rule or commitment made from it. */
  became: z.object({ kind: z.enum(AGREEMENT_OUTCOMES), id }).optional(),
});

export const sessionSchema = z
  .object({
    id,
    /** The day of the session. */
    day,
    /** The day of the next session, when it is agreed. */
    nextDay: day.optional(),
    agreements: z.array(agreementSchema).max(MAX_AGREEMENTS, `has more than ${MAX_AGREEMENTS} agreements`),
    /** The leader's own notes of the session. */
    notes: text(LIMITS.statement),
    createdAt: stamp,
    updatedAt: stamp,
  })
  .refine((session) => session.nextDay === undefined || session.nextDay > session.day, {
    message: 'is on or before the session’s own day',
    path: ['nextDay'],
  })
  .refine((session) => new Set(session.agreements.map((a) => a.id)).size === session.agreements.length, {
    message: 'has two agreements with the same id',
    path: ['agreements'],
  });
