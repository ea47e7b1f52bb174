/** A period's data limited to the period: what both the coach summary and the session prep read. */
import { isoWeekKey, type DayKey } from '../days';
import { completionContext, type CompletionContext } from '../insights/completion';
import type { Commitment, DailyReview, WeeklyReview } from '../types';

export interface PeriodData {
  from: DayKey;
  to: DayKey;
  /** Open commitments of today (and later) are still in progress, not missed. */
  today: DayKey;
  commitments: readonly Commitment[];
  reviews: readonly DailyReview[];
  weeklyReviews: readonly WeeklyReview[];
}

/**
 * The rows of the period only: commitments of its days, finished reviews of its days (drafts are
 * unfinished thoughts) and finished zoom-outs of its weeks, with what decides how open commitments count.
 */
export function scopeToPeriod<T extends PeriodData>(input: T): T & { context: CompletionContext } {
  const inPeriod = (day: DayKey) => day >= input.from && day <= input.to;
  const [firstWeek, lastWeek] = [isoWeekKey(input.from), isoWeekKey(input.to)];
  const reviews = input.reviews.filter((r) => inPeriod(r.day) && r.completedAt !== undefined);
  return {
    ...input,
    commitments: input.commitments.filter((c) => inPeriod(c.day)),
    reviews,
    weeklyReviews: input.weeklyReviews.filter(
      (w) => w.completedAt !== undefined && w.week >= firstWeek && w.week <= lastWeek,
    ),
    context: completionContext(reviews, input.today),
  };
}
