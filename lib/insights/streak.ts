/** The review streak: consecutive workdays with a written review, non-workdays neither count nor break it. */
import type { DailyReview } from '../db/types';
import { addDays, isOneOfWeekdays, type DayKey } from '../days';

/**
 * Counts back from today: today counts if its review is written, and if it is not written yet the
 * streak still stands on yesterday's. A skipped or missing workday ends the streak.
 */
export function reviewStreak(
  reviews: readonly DailyReview[],
  today: DayKey,
  workdays: readonly number[],
): number {
  if (workdays.length === 0) return 0;
  const written = new Set(reviews.filter((r) => r.completedAt !== undefined && !r.skipped).map((r) => r.day));
  let streak = 0;
  let day = today;
  if (!written.has(today)) day = addDays(today, -1);
  for (let guard = 0; guard < 366 * 20; guard++, day = addDays(day, -1)) {
    if (!isOneOfWeekdays(day, workdays)) continue;
    if (!written.has(day)) break;
    streak += 1;
  }
  return streak;
}
