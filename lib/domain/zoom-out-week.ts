/**
 * Which week the weekly zoom-out looks back on. One rule for the prompt, its "X of Y done" and the
 * review page, so all three always speak of the same seven days; reviews stay stored per ISO week.
 */
import { addDays, dayKey, isoWeekKey, weekKeyStart, type DayKey, type WeekKey } from './days';
import type { WeeklyReview } from './types';
import { LIMITS } from './limits';

/**
 * The ISO week that the zoom-out on `day` reviews: the one holding most of the seven days that end
 * on `day`. From Monday to Wednesday that is the week just ended (a Monday zoom-out looks back on
 * last week, not at the one that has only begun); from Thursday to Sunday, the current week.
 */
export function reviewedWeek(day: DayKey): WeekKey {
  return isoWeekKey(addDays(day, -3));
}

/** The Monday and Sunday of an ISO week, or null for a malformed key. */
export function weekDays(week: WeekKey): { monday: DayKey; sunday: DayKey } | null {
  const monday = weekKeyStart(week);
  return monday === null ? null : { monday, sunday: addDays(monday, 6) };
}

/** Whether `week` is the one before `today`'s: a zoom-out looking back, whose "next week" is this one. */
export function isLastWeek(week: WeekKey, today: DayKey): boolean {
  return week === isoWeekKey(addDays(today, -7));
}

/**
 * When the rule of `reviewedWeek` shipped (the release of 1 December 2026; its last change, 15:50
 * UTC): zoom-outs written since may have been filed by it already, and are left where they are.
 */
export const REVIEWED_WEEK_RULE_SINCE = Date.parse('2026-12-01T15:50:35Z');

/**
 * Weekly reviews an older Flourish filed under the week they were written in, though written on a
 * Monday to Wednesday looking back on the week before (the rule of `reviewedWeek`): each moves to the
 * week it describes. Where that week has a review already, the two are joined, every word kept;
 * where joined words would not fit a review, it stays where it is. Pure: `timeZone` says which
 * local day a review was written on.
 */
export function refileEarlyWeekReviews(
  reviews: readonly WeeklyReview[],
  timeZone: string,
): { put: WeeklyReview[]; remove: WeekKey[] } {
  const byWeek = new Map(reviews.map((review) => [review.week, review]));
  const put = new Map<WeekKey, WeeklyReview>();
  const remove: WeekKey[] = [];
  // Oldest first: a week is settled before the review of the week after it moves into it.
  for (const review of [...reviews].sort((a, b) => (a.week < b.week ? -1 : 1))) {
    const instant = review.completedAt ?? review.updatedAt;
    const written = dayKey(instant, timeZone);
    if (instant >= REVIEWED_WEEK_RULE_SINCE) continue;
    if (isoWeekKey(written) !== review.week || reviewedWeek(written) === review.week) continue;
    const described = reviewedWeek(written);
    const there = put.get(described) ?? (remove.includes(described) ? undefined : byWeek.get(described));
    const join = (a: string, b: string) => [a, b].filter((text) => text.trim() !== '').join('\n\n');
    const fits = (field: 'wins' | 'patterns' | 'nextWeekFocus') =>
      !there || join(there[field], review[field]).length <= LIMITS.statement;
    if (!fits('wins') || !fits('patterns') || !fits('nextWeekFocus')) continue;
    const moved = there
      ? {
          ...there,
          wins: join(there.wins, review.wins),
          patterns: join(there.patterns, review.patterns),
          nextWeekFocus: join(there.nextWeekFocus, review.nextWeekFocus),
          updatedAt: Math.max(there.updatedAt, review.updatedAt),
          ...((there.completedAt ?? review.completedAt) !== undefined && {
            completedAt: there.completedAt ?? review.completedAt,
          }),
        }
      : { ...review, week: described };
    put.set(described, moved);
    put.delete(review.week);
    remove.push(review.week);
  }
  return { put: [...put.values()], remove: remove.filter((week) => !put.has(week)) };
}
