/** Rows as the database holds them, for tests that build days by hand. */
import type { DailyReview, Goal } from '../../lib/domain/types';

/** A daily review of `day`, finished that evening, with nothing written unless `extra` says so. */
export const reviewRow = (day: string, extra: Partial<DailyReview> = {}): DailyReview => ({
  day,
  completedAt: Date.parse(`${day}T18:00:00Z`),
  outcomes: [],
  wentWell: '',
  strengthsUsed: [],
  learned: '',
  tomorrowFocus: '',
  updatedAt: 0,
  ...extra,
});

/** An active goal, first in order, with nothing but a title unless `extra` says so. */
export const goalRow = (id: string, title: string, extra: Partial<Goal> = {}): Goal => ({
  id,
  title,
  why: '',
  successMeasure: '',
  status: 'active',
  order: 1,
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});
