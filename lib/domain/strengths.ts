/**
 * The 24 character strengths of the VIA Classification, grouped in its 6 virtues. The names are
 * the classification's (in each language the name VIA's own survey uses, docs/i18n.md); the
 * one-line descriptions and the "use it in a new way today" ideas are Flourish's own, written for
 * leaders at work. The VIA survey itself is copyrighted: Flourish never reproduces its items and
 * never scores anyone; the user enters the ranking their report gave them.
 *
 * The words live in the `strengths` namespace (lib/i18n/locales/<language>/strengths.json) under
 * each strength's id; a strength's `name`, `description` and `ideas` read them in the language in
 * force each time they are read, so a change of language applies without a reload. Ids never
 * change: they are what the database stores.
 */
import { t } from '../i18n';

export const VIA_SURVEY_URL = 'https://www.viacharacter.org/';

export type VirtueId = 'wisdom' | 'courage' | 'humanity' | 'justice' | 'temperance' | 'transcendence';

export interface Virtue {
  readonly id: VirtueId;
  /** In the language in force. */
  readonly name: string;
}

export interface Strength {
  readonly id: string;
  /** VIA's name for it, in the language in force. */
  readonly name: string;
  readonly virtue: VirtueId;
  /**
   * Other names the strength goes by in the language in force: VIA's earlier names and the ones
   * other published lists use ("Authentizität" for Ehrlichkeit, "Vitality" for Zest), so a leader
   * finds it by whatever name their report gives.
   */
  readonly otherNames: readonly string[];
  /** One line on what the strength looks like at work. */
  readonly description: string;
  /** Concrete ways to use it differently today (Seligman et al. 2005: new use, not just knowing). */
  readonly ideas: readonly string[];
}

export const VIRTUE_IDS: readonly VirtueId[] = [
  'wisdom',
  'courage',
  'humanity',
  'justice',
  'temperance',
  'transcendence',
];

/** The 24 ids in the classification's order, each with its virtue. */
export const STRENGTH_VIRTUES: readonly (readonly [id: string, virtue: VirtueId])[] = [
  ['creativity', 'wisdom'],
  ['curiosity', 'wisdom'],
  ['judgment', 'wisdom'],
  ['love-of-learning', 'wisdom'],
  ['perspective', 'wisdom'],
  ['bravery', 'courage'],
  ['perseverance', 'courage'],
  ['honesty', 'courage'],
  ['zest', 'courage'],
  ['love', 'humanity'],
  ['kindness', 'humanity'],
  ['social-intelligence', 'humanity'],
  ['teamwork', 'justice'],
  ['fairness', 'justice'],
  ['leadership', 'justice'],
  ['forgiveness', 'temperance'],
  ['humility', 'temperance'],
  ['prudence', 'temperance'],
  ['self-regulation', 'temperance'],
  ['appreciation-of-beauty', 'transcendence'],
  ['gratitude', 'transcendence'],
  ['hope', 'transcendence'],
  ['humor', 'transcendence'],
  ['spirituality', 'transcendence'],
];

/** Every strength has this many ideas, keyed `1`…`4` under `<id>.ideas` in each language. */
export const IDEAS_PER_STRENGTH = 4;

function wordedVirtue(id: VirtueId): Virtue {
  return {
    id,
    get name() {
      return t(`strengths:virtues.${id}`);
    },
  };
}

function wordedStrength(id: string, virtue: VirtueId): Strength {
  return {
    id,
    virtue,
    get name() {
      return t(`strengths:${id}.name`);
    },
    get otherNames() {
      return t(`strengths:${id}.otherNames`).split(', ');
    },
    get description() {
      return t(`strengths:${id}.description`);
    },
    get ideas() {
      return Array.from({ length: IDEAS_PER_STRENGTH }, (_, i) => t(`strengths:${id}.ideas.${i + 1}`));
    },
  };
}

export const VIRTUES: readonly Virtue[] = VIRTUE_IDS.map(wordedVirtue);

export const STRENGTHS: readonly Strength[] = STRENGTH_VIRTUES.map(([id, virtue]) =>
  wordedStrength(id, virtue),
);

const BY_ID = new Map(STRENGTHS.map((strength) => [strength.id, strength]));

/** The strength with this id, or undefined for an id Flourish does not know. */
export function strengthById(id: string): Strength | undefined {
  return BY_ID.get(id);
}

/** Text folded for matching: case, accents and curly apostrophes do not count ("equipe" finds "Équipe"). */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .toLocaleLowerCase()
    .replace(/ß/g, 'ss')
    .trim();
}

/**
 * The candidates a typed name finds, best first: a name or other name that is exactly it, names
 * that start with it, names that contain it,
 * then strengths found by another name in the language in force or by their English names (a
 * report in English, a leader using Flourish in German). Case and accents do not count.
 */
export function strengthsMatching(typed: string, candidates: readonly Strength[]): Strength[] {
  const query = folded(typed);
  if (!query) return [...candidates];
  const english = (strength: Strength) => [
    t(`strengths:${strength.id}.name`, { lng: 'en' }),
    ...t(`strengths:${strength.id}.otherNames`, { lng: 'en' }).split(', '),
  ];
  const allNames = (strength: Strength) => [strength.name, ...strength.otherNames, ...english(strength)];
  const tiers: ((strength: Strength) => boolean)[] = [
    // "Liebe" is Bindungsfähigkeit's other name, before "Liebe zum Lernen", which only starts with it.
    (strength) => allNames(strength).some((name) => folded(name) === query),
    (strength) => folded(strength.name).startsWith(query),
    (strength) => folded(strength.name).includes(query),
    (strength) =>
      [...strength.otherNames, ...english(strength)].some((name) => folded(name).startsWith(query)),
    (strength) => [...strength.otherNames, ...english(strength)].some((name) => folded(name).includes(query)),
  ];
  const found: Strength[] = [];
  for (const tier of tiers)
    for (const strength of candidates) if (!found.includes(strength) && tier(strength)) found.push(strength);
  return found;
}
