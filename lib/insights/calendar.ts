/** The calendar of days: for each day of the period, whether it was reviewed and the share done. */
import type { Commitment, DailyReview } from '../db/types';
import { dayRange, isOneOfWeekdays, type DayKey } from '../days';
import { completionContext, dailyCompletion, type Completion } from './completion';

export interface CalendarDay extends Completion {
  day: DayKey;
  workday: boolean;
  review: 'written' | 'skipped' | null;
}

export function calendarDays(
  commitments: readonly Commitment[],
  reviews: readonly DailyReview[],
  from: DayKey,
  to: DayKey,
  workdays: readonly number[],
  today: DayKey,
): CalendarDay[] {
  const byDay = dailyCompletion(commitments, completionContext(reviews, today));
  const reviewed = new Map(
    reviews
      .filter((r) => r.completedAt !== undefined)
      .map((r) => [r.day, r.skipped ? 'skipped' : 'written'] as const),
  );
  return dayRange(from, to).map((day) => ({
    day,
    workday: isOneOfWeekdays(day, workdays),
    review: reviewed.get(day) ?? null,
    ...(byDay.get(day) ?? { done: 0, total: 0, rate: null, open: 0 }),
  }));
}
