/** The review streak: consecutive workdays with a written review, non-workdays neither count nor break it. */
import type { DailyReview } from '../types';
import { addDays, type DayKey } from '../days';
import { hasWorkdays, isWorkday, type WorkdayRule } from '../workdays';

type ReviewState = Pick<DailyReview, 'day' | 'completedAt' | 'skipped'>;

/**
 * Walks back over workdays from today (or from yesterday when today is not in `days`) while
 * each is in `days`, and returns the days walked. Stops at the first workday missing, or once past
 * the earliest of `days`, so a streak of any length is counted in full.
 */
function walkBack(days: ReadonlySet<DayKey>, today: DayKey, settings: WorkdayRule): DayKey[] {
  if (!hasWorkdays(settings) || days.size === 0) return [];
  let earliest = today;
  for (const day of days) if (day < earliest) earliest = day;
  const run: DayKey[] = [];
  for (let day = days.has(today) ? today : addDays(today, -1); day >= earliest; day = addDays(day, -1)) {
    if (!isWorkday(day, settings)) continue;
    if (!days.has(day)) break;
    run.push(day);
  }
  return run;
}

/**
 * Counts back from today: today counts if its review is written, and if it is not written yet the
 * streak still stands on yesterday's. A skipped or missing workday ends the streak.
 */
export function reviewStreak(reviews: readonly ReviewState[], today: DayKey, settings: WorkdayRule): number {
  const written = new Set(reviews.filter((r) => r.completedAt !== undefined && !r.skipped).map((r) => r.day));
  return walkBack(written, today, settings).length;
}

/**
 * The first day whose review the streak may need, from the days with a finished review (written
 * or skipped, as `finishedReviewKeys` reads them without loading rows): the start of the unbroken
 * run of finished workdays ending today. Only the rows from there on need loading to tell written
 * from skipped (a flag no index holds); null when there is no run.
 */
export function streakRunStart(
  finishedDays: ReadonlySet<DayKey>,
  today: DayKey,
  settings: WorkdayRule,
): DayKey | null {
  return walkBack(finishedDays, today, settings).at(-1) ?? null;
}
