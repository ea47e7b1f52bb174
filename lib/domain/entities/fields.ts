/**
 * The fields stored rows share, as zod schemas built on the editors' own rules, so a row can only
 * hold what Flourish itself could have written.
 */
import { z } from 'zod';
import {
  FIRST_DAY,
  FIRST_WEEK,
  LAST_DAY,
  LAST_WEEK,
  isStorableDay,
  isStorableInstant,
  isStorableWeek,
} from '../day-range';
import { strengthById } from '../strengths';
import { checkIfThen } from '../validation';
import { byRule } from './by-rule';

export const text = (max: number) => z.string().max(max, `is longer than ${max} characters`);
export const day = z.string().refine(isStorableDay, `is not a date from ${FIRST_DAY} to ${LAST_DAY}`);
export const week = z.string().refine(isStorableWeek, `is not a week from ${FIRST_WEEK} to ${LAST_WEEK}`);
/** Milliseconds since 1970, within the days Flourish keeps. */
export const stamp = z.number().refine(isStorableInstant, 'is not a time from 1970 to 9999');
/** A place in the user's order. */
export const order = z.number().finite('is not a number');
/** A VIA character strength of lib/domain/strengths, e.g. `love-of-learning`. */
export const strengthId = z
  .string()
  .refine((id) => strengthById(id) !== undefined, 'is not one of the 24 strengths');
export const id = z.string().min(1, 'is empty').max(100, 'is too long');
export const weekdayNumber = z.number().int().min(0).max(6);

/** An implementation intention: "When {when}, I will {then}." */
export const ifThenShape = z.object({ when: z.string(), then: z.string() });
/** An if-then plan as the editors keep it: trimmed, both halves or none. */
export const ifThen = ifThenShape.transform(byRule(checkIfThen));
