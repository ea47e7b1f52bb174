/** The strength spotlight: one signature strength a day, in rotation, with one new-way idea. */
import { daysBetween, type DayKey } from './days';
import { pickForDay } from './lists';
import type { Strength } from './strengths';

export interface Spotlight {
  strength: Strength;
  idea: string;
}

/** Day number since 1970-01-01, the clock every daily rotation turns on. */
export function dayNumber(day: DayKey): number {
  return daysBetween('1970-01-01', day);
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
