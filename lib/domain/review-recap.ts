/** What a finished daily review comes to, in a few lines for its last screen. */
import type { DayKey } from './days';
import type { Commitment, ReviewOutcome } from './types';

export interface ReviewRecap {
  /** Titles of the commitments done, in the day's order. */
  done: string[];
  /** Commitments carried or moved, with the day each went to. */
  carried: { title: string; to: DayKey }[];
  /** Titles of the commitments let go. */
  dropped: string[];
  /** Tomorrow's focus as written, trimmed; empty when none. */
  focus: string;
}

/** The recap of a review from the day's commitments and the outcomes as saved (carries included). */
export function reviewRecap(
  commitments: readonly Pick<Commitment, 'id' | 'title'>[],
  outcomes: readonly ReviewOutcome[],
  tomorrowFocus: string,
): ReviewRecap {
  const recap: ReviewRecap = { done: [], carried: [], dropped: [], focus: tomorrowFocus.trim() };
  for (const commitment of commitments) {
    const outcome = outcomes.find((o) => o.commitmentId === commitment.id);
    if (!outcome) continue;
    if (outcome.status === 'done') recap.done.push(commitment.title);
    else if (outcome.carriedTo) recap.carried.push({ title: commitment.title, to: outcome.carriedTo });
    else if (outcome.decision === 'drop') recap.dropped.push(commitment.title);
  }
  return recap;
}
