import { addCustomObstacles } from '../../lib/store/db/profile';
import { completeReview } from '../../lib/store/db/reviews';
import type { DayKey } from '../../lib/domain/days';
import { customObstacle } from '../../lib/domain/obstacles';
import type { ReviewOutcome } from '../../lib/domain/types';
import { readOtherWords } from './review-drafts';

/**
 * Finishes the review of `day` with its `outcomes`. "Other" with the user's own words, typed here
 * or in another page, becomes one of their obstacles, offered next time. Only what this page
 * changed goes with it: the rest is read from the store as it is now. Resolves with how many
 * commitments were carried, the outcomes as saved, and the commitments whose own words were taken.
 */
export async function finishDailyReview(
  day: DayKey,
  commitmentIds: readonly string[],
  outcomes: readonly ReviewOutcome[],
  carryTo: DayKey,
): Promise<{ carried: number; outcomes: ReviewOutcome[]; named: string[] }> {
  const words = readOtherWords(day, commitmentIds);
  const wordsFor = (o: ReviewOutcome) =>
    o.status === 'not-done' && o.obstacle === 'other' ? (words[o.commitmentId]?.trim() ?? '') : '';
  const named = outcomes.filter((o) => wordsFor(o) !== '');
  await addCustomObstacles(named.map(wordsFor));
  const own = named.map((o) => ({ ...o, obstacle: customObstacle(wordsFor(o)) }));
  const saved = await completeReview(day, { outcomes: own }, { carryTo });
  return { carried: saved.carried, outcomes: saved.outcomes, named: named.map((o) => o.commitmentId) };
}
