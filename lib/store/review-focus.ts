/** What the reviews said to focus on now (lib/domain/review-focus), read from the database. */
import { addDays, type DayKey } from '../domain/days';
import {
  FOCUS_LOOKBACK_DAYS,
  dayFocus,
  focusWeekOf,
  weekFocus,
  type ReviewFocus,
} from '../domain/review-focus';
import type { WorkdayRule } from '../domain/workdays';
import { reviewsBetween } from './db/reviews';
import { getWeeklyReview } from './db/weekly-reviews';

/** Today's focus from the latest daily review, and this week's from last week's zoom-out. */
export async function loadReviewFocus(
  today: DayKey,
  timeZone: string,
  settings: WorkdayRule,
): Promise<ReviewFocus> {
  const [reviews, weekly] = await Promise.all([
    reviewsBetween(addDays(today, -FOCUS_LOOKBACK_DAYS), addDays(today, -1)),
    getWeeklyReview(focusWeekOf(today)),
  ]);
  return { day: dayFocus(reviews, today, timeZone, settings), week: weekFocus(weekly, today) };
}
