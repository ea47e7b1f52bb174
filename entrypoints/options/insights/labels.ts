import { formatCount, type NounForms } from '../../../lib/domain/format';
import type { GoalRatingHistory } from '../../../lib/domain/insights/goal-ratings';
import { strengthById } from '../../../lib/domain/strengths';

/** A share as a whole percentage; a dash where there was nothing to count. */
export const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
export const strengthName = (id: string) => strengthById(id)?.name ?? id;

/** The nouns Insights counts, each with its plural, for `formatCount` and `pluralNoun`. */
export const NOUNS = {
  review: { one: 'review', other: 'reviews' },
  time: { one: 'time', other: 'times' },
  use: { one: 'use', other: 'uses' },
  workday: { one: 'workday', other: 'workdays' },
  day: { one: 'day', other: 'days' },
  week: { one: 'week', other: 'weeks' },
  rating: { one: 'rating', other: 'ratings' },
} satisfies Record<string, NounForms>;

/** "3 reviews": a count with its noun, agreeing. */
export const counted = (count: number, noun: keyof typeof NOUNS) => formatCount(count, NOUNS[noun]);

/** A rated goal's name, with its status when it is no longer active: "Hire a COO (archived)". */
export const ratedGoalName = (goal: GoalRatingHistory) =>
  goal.status === 'active' || goal.status === null ? goal.title : `${goal.title} (${goal.status})`;
