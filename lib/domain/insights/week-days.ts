/**
 * The zoom-out's week day by day: how each day's review went (energy, stress) and what it noted.
 * Only finished, written reviews speak for a day; a day without one says so rather than guessing.
 */
import type { DailyReview } from '../types';
import { addDays, type DayKey } from '../days';

/** What stands for a day: its written review, a skipped or unfinished one, none yet, or a day to come. */
export type WeekDayState = 'written' | 'skipped' | 'draft' | 'none' | 'ahead';

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
}

function stateOf(review: DailyReview | undefined, day: DayKey, today: DayKey): WeekDayState {
  if (review?.completedAt !== undefined) return review.skipped ? 'skipped' : 'written';
  if (day > today) return 'ahead';
  return review ? 'draft' : 'none';
}

/** The seven days from `monday`, each with what its review (of `reviews`) recorded, seen on `today`. */
export function weekByDay(monday: DayKey, reviews: readonly DailyReview[], today: DayKey): WeekDay[] {
  const byDay = new Map(reviews.map((review) => [review.day, review]));
  return Array.from({ length: 7 }, (_, i) => {
    const day = addDays(monday, i);
    const review = byDay.get(day);
    const state = stateOf(review, day, today);
    const written = state === 'written' ? review : undefined;
    return {
      day,
      state,
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
