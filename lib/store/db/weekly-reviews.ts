import { t } from '../../i18n';
import { db } from './db';
import { GOAL_RATINGS, type WeeklyReview } from '../../domain/types';
import { weekKeyStart, type WeekKey } from '../../domain/days';
import { LIMITS, ValidationError, limitText } from '../../domain/validation';

/** The weekly review of an ISO week. */
export function getWeeklyReview(week: WeekKey): Promise<WeeklyReview | undefined> {
  return db.weeklyReviews.get(week);
}

/** Weeks whose zoom-out is finished, from `from` on. */
export async function finishedWeeks(from: WeekKey): Promise<Set<WeekKey>> {
  const rows = await db.weeklyReviews.where('week').aboveOrEqual(from).toArray();
  return new Set(rows.filter((row) => row.completedAt !== undefined).map((row) => row.week));
}

export type WeeklyAnswers = Pick<WeeklyReview, 'wins' | 'patterns' | 'nextWeekFocus'>;

const LABELS: Record<keyof WeeklyAnswers, () => string> = {
  wins: () => t('errors:field.wins'),
  patterns: () => t('errors:field.patterns'),
  nextWeekFocus: () => t('errors:field.nextWeekFocus'),
};

/**
 * Saves what a form changed in the week's zoom-out (only the answers in `changes`: another page's
 * answers saved meanwhile are kept); `finish` stamps it complete (a finished one stays finished).
 */
export async function saveWeeklyReview(
  week: WeekKey,
  changes: Partial<WeeklyAnswers>,
  finish: boolean,
): Promise<void> {
  if (!weekKeyStart(week)) throw new ValidationError(t('errors:stored.notAWeek', { week }));
  const checked: Partial<WeeklyAnswers> = {};
  for (const field of Object.keys(LABELS) as (keyof WeeklyAnswers)[]) {
    const text = changes[field];
    if (text !== undefined) checked[field] = limitText(text, LABELS[field](), LIMITS.statement);
  }
  await db.transaction('rw', db.weeklyReviews, async () => {
    const existing = await db.weeklyReviews.get(week);
    const completedAt = existing?.completedAt ?? (finish ? Date.now() : undefined);
    await db.weeklyReviews.put({
      week,
      wins: existing?.wins ?? '',
      patterns: existing?.patterns ?? '',
      nextWeekFocus: existing?.nextWeekFocus ?? '',
      ...(existing?.goalRatings !== undefined && { goalRatings: existing.goalRatings }),
      ...checked,
      ...(completedAt !== undefined && { completedAt }),
      updatedAt: Date.now(),
    });
  });
}

/** Weekly reviews of the weeks from `from` to `to`, both included. */
export function weeklyReviewsBetween(from: WeekKey, to: WeekKey): Promise<WeeklyReview[]> {
  return db.weeklyReviews.where('week').between(from, to, true, true).toArray();
}

/**
 * Rates how a goal went in the week (−2 much less than expected … +2 much more), or clears its
 * rating (`null`). Only that goal's rating changes: another page's answers and ratings are kept.
 */
export async function rateGoalForWeek(week: WeekKey, goalId: string, rating: number | null): Promise<void> {
  if (!weekKeyStart(week)) throw new ValidationError(t('errors:stored.notAWeek', { week }));
  if (rating !== null && !(GOAL_RATINGS as readonly number[]).includes(rating)) {
    throw new ValidationError(t('errors:stored.goalRating'));
  }
  await db.transaction('rw', db.weeklyReviews, async () => {
    const existing = await db.weeklyReviews.get(week);
    const others = (existing?.goalRatings ?? []).filter((r) => r.goalId !== goalId);
    const goalRatings = rating === null ? others : [...others, { goalId, rating }];
    await db.weeklyReviews.put({
      wins: '',
      patterns: '',
      nextWeekFocus: '',
      ...existing,
      week,
      goalRatings,
      updatedAt: Date.now(),
    });
  });
}
