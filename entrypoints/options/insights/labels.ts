import { intlLocale, t } from '../../../lib/i18n';
import type { GoalRatingHistory } from '../../../lib/domain/insights/goal-ratings';
import { strengthById } from '../../../lib/domain/strengths';

/** A share as a whole percentage in the leader's locale ("50%", "50 %"); a dash where there was nothing to count. */
export const percent = (rate: number | null) =>
  rate === null ? '–' : new Intl.NumberFormat(intlLocale(), { style: 'percent' }).format(rate);
export const strengthName = (id: string) => strengthById(id)?.name ?? id;

/** An average of a 1–5 scale, to one decimal in the leader's locale ("3.5", "3,5"); "–" for none. */
export const oneDecimal = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '–'
    : new Intl.NumberFormat(intlLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        value,
      );

/** Names joined as a list reads in the leader's language: "a, b, c". */
export const listOf = (items: string[]) =>
  new Intl.ListFormat(intlLocale(), { type: 'unit', style: 'short' }).format(items);

/** A rated goal's name, with its status when it is no longer active: "Hire a COO (archived)". */
export function ratedGoalName(goal: GoalRatingHistory): string {
  if (goal.status === 'archived') return t('insights:goals.archived', { title: goal.title });
  if (goal.status === 'achieved') return t('insights:goals.achieved', { title: goal.title });
  return goal.title;
}
