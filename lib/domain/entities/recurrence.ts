/**
 * A recurring commitment (weekly one-to-ones, a Friday pipeline review): added once to each
 * matching day's list, from `startDay` on, when that day is first opened (schema version 2).
 */
import { z } from 'zod';
import { checkRecurrenceTitle } from '../validation';
import { validateSchedule } from '../recurrence';
import { byRule } from './by-rule';
import { day, id, ifThen, order, stamp, strengthId, weekdayNumber } from './fields';

/** When a recurring commitment comes back: chosen weekdays, or every N weeks on one weekday. */
export const scheduleShape = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekdays'), weekdays: z.array(weekdayNumber).max(7) }),
  z.object({ kind: z.literal('every-n-weeks'), interval: z.number(), weekday: weekdayNumber }),
]);

export const recurrenceSchema = z.object({
  id,
  title: z.string().transform(byRule(checkRecurrenceTitle)),
  goalId: id.optional(),
  strengthId: strengthId.optional(),
  ifThen: ifThen.optional(),
  schedule: scheduleShape.transform(byRule(validateSchedule)),
  /** The first day the rule applies to; "every N weeks" counts weeks from this day's week. */
  startDay: day,
  order,
  createdAt: stamp,
  updatedAt: stamp,
});
