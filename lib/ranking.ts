/** The user's strengths ranking: pure derivations over stored rankings. */
import type { StrengthRanking } from './db/types';
import { strengthById, type Strength } from './strengths';

/** How many top strengths count as signature strengths. */
export const SIGNATURE_COUNT = 5;

/** Ranked strengths, highest first, skipping ids the catalogue does not know. */
export function rankedStrengths(rankings: readonly StrengthRanking[]): Strength[] {
  return [...rankings]
    .sort((a, b) => a.rank - b.rank)
    .map((ranking) => strengthById(ranking.id))
    .filter((strength): strength is Strength => strength !== undefined);
}

/** The signature strengths: the top five of the ranking (fewer while the ranking is short). */
export function signatureStrengths(rankings: readonly StrengthRanking[]): Strength[] {
  return rankedStrengths(rankings).slice(0, SIGNATURE_COUNT);
}

/** Strength ids with the signature strengths first, then the rest of the catalogue order. */
export function strengthsSignatureFirst(
  rankings: readonly StrengthRanking[],
  all: readonly Strength[],
): Strength[] {
  const top = signatureStrengths(rankings);
  const topIds = new Set(top.map((strength) => strength.id));
  return [...top, ...all.filter((strength) => !topIds.has(strength.id))];
}
