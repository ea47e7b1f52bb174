import type { RecurrenceFields } from '../../../lib/store/db/recurrences';
import type { RecurrenceRule, RecurrenceSchedule } from '../../../lib/domain/types';

/** A rule as the fields its form edits. */
export interface RuleFields extends Record<string, unknown> {
  title: string;
  kind: RecurrenceSchedule['kind'];
  weekdays: number[];
  interval: number;
  weekday: number;
  goalId: string;
  strengthId: string;
}

export function ruleFields(rule: RecurrenceRule | undefined): RuleFields {
  const schedule = rule?.schedule;
  return {
    title: rule?.title ?? '',
    kind: schedule?.kind ?? 'weekdays',
    weekdays: schedule?.kind === 'weekdays' ? schedule.weekdays : [],
    interval: schedule?.kind === 'every-n-weeks' ? schedule.interval : 2,
    weekday: schedule?.kind === 'every-n-weeks' ? schedule.weekday : 5,
    goalId: rule?.goalId ?? '',
    strengthId: rule?.strengthId ?? '',
  };
}

/**
 * What the form's edits change in a rule: only the parts touched (the schedule as a whole when any
 * of its parts was), so saving never writes back what another window changed meanwhile.
 */
export function changedFields(values: RuleFields, edits: Partial<RuleFields>): Partial<RecurrenceFields> {
  const { title, kind, weekdays, interval, weekday, goalId, strengthId } = values;
  const touched = (...fields: (keyof RuleFields)[]) => fields.some((field) => field in edits);
  return {
    ...(touched('title') && { title }),
    ...(touched('kind', 'weekdays', 'interval', 'weekday') && {
      schedule: kind === 'weekdays' ? { kind, weekdays } : { kind, interval, weekday },
    }),
    ...(touched('goalId') && { goalId: goalId || undefined }),
    ...(touched('strengthId') && { strengthId: strengthId || undefined }),
  };
}
