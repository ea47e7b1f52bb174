/** The user's strengths ranking: pure derivations over stored rankings. */
import { t } from '../i18n';
import type { StrengthRanking } from './types';
import { strengthById, type Strength } from './strengths';
import { ValidationError } from './validation';

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

/** Refuses a ranking the editor could not make: a strength not in the catalogue, or one twice. */
export function validateRanking(ids: readonly string[]): readonly string[] {
  for (const id of ids) {
    if (!strengthById(id)) throw new ValidationError(t('errors:strengths.unknown', { id }));
  }
  if (new Set(ids).size !== ids.length) throw new ValidationError(t('errors:strengths.twice'));
  return ids;
}

/**
 * The ranking stored rows spell, highest first, refused unless it is one the editor makes: ranks
 * 1, 2, 3 … with no gap and no tie (the editor renumbers on every change), each strength once.
 */
export function rankingOf(rows: readonly Pick<StrengthRanking, 'id' | 'rank'>[]): readonly string[] {
  const sorted = [...rows].sort((a, b) => a.rank - b.rank);
  if (sorted.some((row, index) => row.rank !== index + 1))
    throw new ValidationError(t('errors:strengths.ranks'));
  return validateRanking(sorted.map((row) => row.id));
}
