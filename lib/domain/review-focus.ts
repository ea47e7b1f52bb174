/**
 * What the reviews said to come back to: the daily review's "tomorrow's focus", shown on the day it
 * was written for, and the weekly zoom-out's "next week's focus", shown all through that week.
 */
import { carryTarget } from './carry';
import { addDays, dayKey, isoWeekKey, type DayKey, type WeekKey } from './days';
import type { DailyReview, WeeklyReview } from './types';
import type { WorkdayRule } from './workdays';
import { isLastWeek } from './zoom-out-week';

/** How far back a daily review's focus is looked for: a week of days off, and no further. */
export const FOCUS_LOOKBACK_DAYS = 7;

export interface DayFocus {
  /** The leader's words, as written (only the blank lines around them left out). */
  text: string;
  /** The day whose review wrote it. */
  from: DayKey;
  /** The day it was written for: where that review carried what was not done. */
  for: DayKey;
}

export interface ReviewFocus {
  day: DayFocus | null;
  week: string | null;
}

type FocusReview = Pick<DailyReview, 'day' | 'completedAt' | 'skipped' | 'tomorrowFocus'>;

/**
 * The focus the latest review written before `today` set for the next workday: "tomorrow" is the
 * day that review carried to (`carryTarget`: the next workday after the reviewed day, or, for a
 * review written days late, the first workday from the day it was written). It shows from the day
 * after the reviewed day until that day, so Friday's focus greets Monday, and Thursday's, meant
 * for a Friday that went unreviewed, does not. Drafts and skipped days wrote nothing; the latest
 * written review speaks last, so when its focus is blank nothing shows, not an older one.
 */
export function dayFocus(
  reviews: readonly FocusReview[],
  today: DayKey,
  timeZone: string,
  settings: WorkdayRule,
): DayFocus | null {
  const earliest = addDays(today, -FOCUS_LOOKBACK_DAYS);
  let latest: FocusReview | undefined;
  for (const review of reviews) {
    const written = review.completedAt !== undefined && !review.skipped;
    if (written && review.day < today && review.day >= earliest && (!latest || review.day > latest.day))
      latest = review;
  }
  const text = latest?.tomorrowFocus.trim();
  if (!latest || !text) return null;
  const target = carryTarget(latest.day, dayKey(latest.completedAt!, timeZone), settings);
  return today <= target ? { text, from: latest.day, for: target } : null;
}

/** The week whose zoom-out's "next week's focus" is for the week of `today`: the one before it. */
export function focusWeekOf(today: DayKey): WeekKey {
  return isoWeekKey(addDays(today, -7));
}

/**
 * This week's focus: what the zoom-out of last week (the week it looked back on, however late in
 * that week or early in this one it was written) said for the week after. Only a saved zoom-out.
 */
export function weekFocus(
  review: Pick<WeeklyReview, 'week' | 'nextWeekFocus' | 'completedAt'> | undefined,
  today: DayKey,
): string | null {
  if (!review || review.completedAt === undefined || !isLastWeek(review.week, today)) return null;
  return review.nextWeekFocus.trim() || null;
}
