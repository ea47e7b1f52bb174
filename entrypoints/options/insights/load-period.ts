import { addDays, isoWeekKey } from '../../../lib/domain/days';
import { LAST_DAY } from '../../../lib/domain/day-range';
import {
  firstCountedDay,
  periodRange,
  periodStart,
  type PeriodId,
} from '../../../lib/domain/insights/period';
import { streakRunStart } from '../../../lib/domain/insights/streak';
import { signatureStrengths } from '../../../lib/domain/ranking';
import type { WorkdayRule } from '../../../lib/domain/workdays';
import { commitmentsBetween, firstCommitmentDay } from '../../../lib/store/db/commitments';
import { allDaysOff } from '../../../lib/store/db/days-off';
import { goalsInOrder } from '../../../lib/store/db/goals';
import { finishedReviewKeys, reviewsBetween } from '../../../lib/store/db/reviews';
import { getRankings } from '../../../lib/store/db/strengths';
import { weeklyReviewsBetween } from '../../../lib/store/db/weekly-reviews';

/**
 * Rows of a long range, read a year at a time: each year arrives in a task of its own instead of
 * ten years deserialised in one long one.
 */
async function inSlices<T>(from: string, to: string, read: (from: string, to: string) => Promise<T[]>) {
  const slices: Promise<T[]>[] = [];
  for (let start = from; start <= to; start = addDays(start, 366)) {
    const end = addDays(start, 365);
    slices.push(read(start, end < to ? end : to));
  }
  return (await Promise.all(slices)).flat();
}

/**
 * The period's rows: everything the page needs, read once per change. The period starts no earlier
 * than the first counted day: the install day (`installDay`, from the worker's prompt state), or the
 * first day with data when that is earlier or the install day unknown.
 */
export async function loadPeriod(
  period: PeriodId,
  today: string,
  settings: WorkdayRule,
  installDay: string | null,
) {
  const firstDay = firstCountedDay(installDay, await firstCommitmentDay(), today);
  const range = periodRange(period, today, firstDay);
  // Whether the first day counted cut the period short, which the page then says.
  const start = periodStart(period, today);
  const startsAtFirstDay = start !== null && start < firstDay;
  const [commitments, laterCommitments, reviews, finished, goals, rankings, weeklyReviews, daysOff] =
    await Promise.all([
      inSlices(range.from, range.to, commitmentsBetween),
      // The days after the period: where its reviews carried what was not done (few rows).
      commitmentsBetween(addDays(range.to, 1), LAST_DAY),
      reviewsBetween(range.from, range.to),
      finishedReviewKeys(),
      goalsInOrder(),
      getRankings(),
      weeklyReviewsBetween(isoWeekKey(range.from), isoWeekKey(range.to)),
      allDaysOff(),
    ]);
  // Days off are rest days to every figure: the streak passes over them, the calendar says so.
  const rule = { ...settings, daysOff };
  // The streak may reach back before the period, as far as it runs. The days with a finished
  // review come from keys alone; rows are read only for the run's days before the period, to
  // tell written reviews from skipped ones.
  const runStart = streakRunStart(new Set(finished), today, rule);
  const before =
    runStart !== null && runStart < range.from
      ? await inSlices(runStart, addDays(range.from, -1), reviewsBetween)
      : [];
  return {
    range,
    startsAtFirstDay,
    commitments,
    laterCommitments,
    reviews,
    streakReviews: [...before, ...reviews],
    goals,
    weeklyReviews,
    signatureIds: signatureStrengths(rankings).map((s) => s.id),
    daysOff,
  };
}
