/** The strength spotlight: one signature strength a day, in rotation, with one new-way idea. */
import type { DayKey } from './days';
import { dayNumber, pickForDay } from './item-of-the-day';
import { sameWords } from './same-commitment';
import type { Strength } from './strengths';
import type { CommitmentStatus } from './types';

export interface Spotlight {
  strength: Strength;
  idea: string;
}

/**
 * Today's spotlight: the signature strengths take turns day by day; each time a strength comes
 * round again it brings its next idea, so the same pairing does not repeat for weeks.
 */
export function spotlightFor(day: DayKey, signature: readonly Strength[]): Spotlight | null {
  const n = dayNumber(day);
  const strength = pickForDay(signature, n);
  if (!strength) return null;
  const round = Math.floor(n / signature.length);
  return { strength, idea: pickForDay(strength.ideas, round)! };
}

/**
 * The commitment on a day's list that is the spotlight's idea made a commitment: the same words
 * (lib/domain/same-commitment), not dropped. One found, the idea is on the list already.
 */
export function ideaOnList<T extends { title: string; status: CommitmentStatus }>(
  idea: string,
  commitments: readonly T[],
): T | undefined {
  return commitments.find((c) => c.status !== 'dropped' && sameWords(c.title, idea));
}
