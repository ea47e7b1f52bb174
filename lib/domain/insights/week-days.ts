/**
 * The zoom-out's week day by day: how each day's review went (energy, stress) and what it noted.
 * Only finished, written reviews speak for a day; a day without one says so rather than guessing.
 */
import type { DailyReview } from '../types';
import { addDays, type DayKey } from '../days';
import { dayOffRun, type DaysOffRun } from '../days-off';

/**
 * What stands for a day: its written review, a skipped or unfinished one, a day off (nothing was
 * asked of it), none yet, or a day to come.
 */
export type WeekDayState = 'written' | 'skipped' | 'draft' | 'off' | 'none' | 'ahead';

export interface WeekDay {
  day: DayKey;
  state: WeekDayState;
  /** 1–5 as the written review recorded it; null when it did not, or there is no written review. */
  energy: number | null;
  stress: number | null;
  /** The written review's notes, trimmed; empty when there are none. */
  wentWell: string;
  learned: string;
  tomorrowFocus: string;
  /** On a day off without a written review, the name the leader gave the days off ('' if none). */
  offLabel?: string;
}

function stateOf(review: DailyReview | undefined, day: DayKey, today: DayKey, off: boolean): WeekDayState {
  if (review?.completedAt !== undefined && !review.skipped) return 'written';
  // A day off asked for no review: it is not shown as one skipped or missing.
  if (off) return 'off';
  if (review?.completedAt !== undefined) return 'skipped';
  if (day > today) return 'ahead';
  return review ? 'draft' : 'none';
}

/**
 * The seven days from `monday`, each with what its review (of `reviews`) recorded, seen on
 * `today`; a day in one of `daysOff` without a written review is a day off.
 */
export function weekByDay(
  monday: DayKey,
  reviews: readonly DailyReview[],
  today: DayKey,
  daysOff: readonly (DaysOffRun & { label: string })[] = [],
): WeekDay[] {
  const byDay = new Map(reviews.map((review) => [review.day, review]));
  return Array.from({ length: 7 }, (_, i) => {
    const day = addDays(monday, i);
    const review = byDay.get(day);
    const off = dayOffRun(day, daysOff);
    const state = stateOf(review, day, today, off !== undefined);
    const written = state === 'written' ? review : undefined;
    return {
      day,
      state,
      ...(state === 'off' && { offLabel: off!.label }),
      energy: written?.energy ?? null,
      stress: written?.stress ?? null,
      wentWell: written?.wentWell.trim() ?? '',
      learned: written?.learned.trim() ?? '',
      tomorrowFocus: written?.tomorrowFocus.trim() ?? '',
    };
  });
}

/** Whether a day has any note worth showing in the zoom-out. */
export function hasNotes(day: WeekDay): boolean {
  return day.wentWell !== '' || day.learned !== '' || day.tomorrowFocus !== '';
}
