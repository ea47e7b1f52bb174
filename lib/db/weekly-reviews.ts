import { db } from './db';
import type { WeeklyReview } from './types';
import { weekKeyStart, type WeekKey } from '../days';
import { LIMITS, ValidationError, limitText } from '../validation';

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

/** Saves the week's zoom-out; `finish` stamps it complete (a finished one stays finished). */
export async function saveWeeklyReview(
  week: WeekKey,
  answers: WeeklyAnswers,
  finish: boolean,
): Promise<void> {
  if (!weekKeyStart(week)) throw new ValidationError(`${week} is not a week.`);
  const checked = {
    wins: limitText(answers.wins, 'Wins', LIMITS.statement),
    patterns: limitText(answers.patterns, 'What you notice', LIMITS.statement),
    nextWeekFocus: limitText(answers.nextWeekFocus, 'Next week’s focus', LIMITS.statement),
  };
  await db.transaction('rw', db.weeklyReviews, async () => {
    const existing = await db.weeklyReviews.get(week);
    const completedAt = existing?.completedAt ?? (finish ? Date.now() : undefined);
    await db.weeklyReviews.put({
      week,
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
