import { t } from '../../i18n';
import { db } from './db';
import type {
  Commitment,
  IfThenPlan,
  RecurrenceRule,
  RecurrenceSchedule,
  StrengthId,
} from '../../domain/types';
import type { DayKey } from '../../domain/days';
import { occursOn, validateSchedule } from '../../domain/recurrence';
import { isDayOff } from '../../domain/days-off';
import { daysOffFrom } from './days-off';
import { checkDay } from '../../domain/day-range';
import { ValidationError, checkIfThen, checkRecurrenceTitle } from '../../domain/validation';

/** Every recurring rule, in the user's order. */
export function recurrencesInOrder(): Promise<RecurrenceRule[]> {
  return db.recurrences.orderBy('order').toArray();
}

export interface RecurrenceFields {
  title: string;
  schedule: RecurrenceSchedule;
  goalId?: string;
  strengthId?: StrengthId;
  ifThen?: IfThenPlan;
}

function checked(fields: RecurrenceFields): RecurrenceFields {
  return {
    ...fields,
    title: checkRecurrenceTitle(fields.title),
    schedule: validateSchedule(fields.schedule),
    // A cleared plan stays in the changes (as undefined), so an update removes the old one.
    ...('ifThen' in fields && { ifThen: checkIfThen(fields.ifThen) }),
  };
}

/** Adds a rule that applies from `startDay` on; refuses an empty title or a schedule with no weekday. */
export async function addRecurrence(fields: RecurrenceFields, startDay: DayKey): Promise<RecurrenceRule> {
  const valid = checked(fields);
  checkDay(startDay);
  return db.transaction('rw', db.recurrences, async () => {
    const last = await db.recurrences.orderBy('order').last();
    const now = Date.now();
    const rule: RecurrenceRule = {
      id: crypto.randomUUID(),
      ...valid,
      startDay,
      order: (last?.order ?? 0) + 1,
      createdAt: now,
      updatedAt: now,
    };
    await db.recurrences.add(rule);
    return rule;
  });
}

/**
 * Changes a rule for the days still to come: only the fields given (another window's change to the
 * others is kept); commitments already on past days are not touched.
 */
export async function updateRecurrence(id: string, fields: Partial<RecurrenceFields>): Promise<void> {
  await db.transaction('rw', db.recurrences, async () => {
    const rule = await db.recurrences.get(id);
    if (!rule) throw new ValidationError(t('errors:stored.recurrenceGone'));
    const {
      id: _id,
      order: _order,
      startDay: _start,
      createdAt: _created,
      updatedAt: _updated,
      ...kept
    } = rule;
    const valid = checked({ ...kept, ...fields });
    const next: RecurrenceRule = {
      id,
      order: rule.order,
      startDay: rule.startDay,
      createdAt: rule.createdAt,
      ...valid,
      updatedAt: Date.now(),
    };
    // A link cleared here goes from the row, rather than staying as an empty key.
    for (const key of ['goalId', 'strengthId', 'ifThen'] as const)
      if (next[key] === undefined) delete next[key];
    await db.recurrences.put(next);
  });
}

/** Deletes a rule and returns it for undo; commitments it already added stay on their days. */
export async function deleteRecurrence(id: string): Promise<RecurrenceRule | undefined> {
  return db.transaction('rw', db.recurrences, async () => {
    const rule = await db.recurrences.get(id);
    if (rule) await db.recurrences.delete(id);
    return rule;
  });
}

/** Puts a deleted rule back (undo). */
export async function restoreRecurrence(rule: RecurrenceRule): Promise<void> {
  await db.recurrences.put(rule);
}

/**
 * Adds each matching rule's commitment to `day`, once: a rule whose commitment is already on that
 * day (even dropped, or carried there by a review, which keeps `recurrenceId`) adds nothing, and a
 * day off (lib/store/db/days-off) gets none: nothing is asked of the leader that day. Safe
 * to call from every page and the worker at the same time. Called when a day is first looked at,
 * and only there: by the worker as the day starts (entrypoints/background/day-start) and by a page
 * as it shows the day's list (components/use-day-commitments).
 */
export async function ensureRecurringCommitments(day: DayKey): Promise<number> {
  // Most days most pages find nothing to add: check first without taking the write lock that
  // would hold up every other page's reads of today's list.
  const candidates = (await db.recurrences.toArray()).filter((rule) => occursOn(rule, day));
  if (candidates.length === 0 || isDayOff(day, await daysOffFrom(day))) return 0;
  return db.transaction('rw', db.recurrences, db.commitments, async () => {
    const rules = (await db.recurrences.orderBy('order').toArray()).filter((rule) => occursOn(rule, day));
    if (rules.length === 0) return 0;
    const existing = await db.commitments
      .where('[day+order]')
      .between([day, -Infinity], [day, Infinity])
      .toArray();
    const present = new Set(existing.map((c) => c.recurrenceId));
    let order = existing.reduce((max, c) => Math.max(max, c.order), 0);
    const now = Date.now();
    const added: Commitment[] = rules
      .filter((rule) => !present.has(rule.id))
      .map((rule) => ({
        id: crypto.randomUUID(),
        day,
        title: rule.title,
        status: 'open',
        order: ++order,
        createdAt: now,
        updatedAt: now,
        recurrenceId: rule.id,
        ...(rule.goalId && { goalId: rule.goalId }),
        ...(rule.strengthId && { strengthId: rule.strengthId }),
        ...(rule.ifThen && { ifThen: rule.ifThen }),
      }));
    await db.commitments.bulkAdd(added);
    return added.length;
  });
}
