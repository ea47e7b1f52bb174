/** The strength spotlight: one signature strength a day, in rotation, with one new-way idea. */
import { t } from '../i18n';
import { LANGUAGES } from '../i18n/languages';
import type { DayKey } from './days';
import { dayNumber, pickForDay } from './item-of-the-day';
import { sameWords } from './same-commitment';
import { IDEAS_PER_STRENGTH, STRENGTHS, type Strength } from './strengths';
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

let ideasByText: Map<string, readonly string[]> | undefined;

/**
 * An idea in every language Flourish speaks: made a commitment in German, it is the same idea when
 * the leader switches to English the same day. An idea Flourish does not know is only itself.
 */
function ideaInEveryLanguage(idea: string): readonly string[] {
  if (!ideasByText) {
    ideasByText = new Map();
    for (const strength of STRENGTHS) {
      for (let i = 1; i <= IDEAS_PER_STRENGTH; i++) {
        const texts = LANGUAGES.map((lng) => t(`strengths:${strength.id}.ideas.${i}`, { lng }));
        for (const text of texts) ideasByText.set(text, texts);
      }
    }
  }
  return ideasByText.get(idea) ?? [idea];
}

/**
 * The commitment on a day's list that is the spotlight's idea made a commitment: the same words
 * (lib/domain/same-commitment) in any of Flourish's languages, not dropped. One found, the idea is
 * on the list already.
 */
export function ideaOnList<T extends { title: string; status: CommitmentStatus }>(
  idea: string,
  commitments: readonly T[],
): T | undefined {
  const texts = ideaInEveryLanguage(idea);
  return commitments.find((c) => c.status !== 'dropped' && texts.some((text) => sameWords(c.title, text)));
}
