/**
 * The strengths in every language: each id has its name, description and every idea in each
 * catalogue (the keys are computed from the ids, so no source scan sees them), the names are VIA's,
 * and a change of language applies to the same strength objects without a reload.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spotlightFor } from '../../../lib/domain/spotlight';
import {
  IDEAS_PER_STRENGTH,
  STRENGTHS,
  STRENGTH_VIRTUES,
  VIRTUES,
  VIRTUE_IDS,
  strengthById,
  strengthsMatching,
} from '../../../lib/domain/strengths';
import { LIMITS } from '../../../lib/domain/validation';
import { setLanguage } from '../../../lib/i18n';
import { DYNAMIC_KEY_PREFIXES } from '../../../lib/i18n/dynamic-keys';
import { LANGUAGES } from '../../../lib/i18n/languages';
import { RESOURCES, type Catalogue } from '../../../lib/i18n/resources';

afterEach(() => setLanguage('en'));

const catalogue = (language: (typeof LANGUAGES)[number]) => RESOURCES[language].strengths;
const at = (root: Catalogue, path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Catalogue | undefined)?.[key], root);

describe.each(LANGUAGES)('the strengths in %s', (language) => {
  const words = catalogue(language);

  it('name every strength, describe it and give each of its ideas', () => {
    const missing: string[] = [];
    for (const [id] of STRENGTH_VIRTUES) {
      const keys = [
        [id, 'name'],
        [id, 'description'],
        [id, 'otherNames'],
        ...Array.from({ length: IDEAS_PER_STRENGTH }, (_, i) => [id, 'ideas', String(i + 1)]),
      ];
      for (const key of keys) {
        const text = at(words, key);
        if (typeof text !== 'string' || text.trim() === '') missing.push(key.join('.'));
      }
    }
    for (const id of VIRTUE_IDS)
      if (typeof at(words, ['virtues', id]) !== 'string') missing.push(`virtues.${id}`);
    expect(missing).toEqual([]);
  });

  it('hold no strength Flourish does not know, and no idea beyond the count', () => {
    const ids = new Set(STRENGTH_VIRTUES.map(([id]) => id));
    expect(Object.keys(words).filter((key) => key !== 'virtues' && !ids.has(key))).toEqual([]);
    for (const [id] of STRENGTH_VIRTUES)
      expect(Object.keys(at(words, [id, 'ideas']) as Catalogue)).toHaveLength(IDEAS_PER_STRENGTH);
  });

  it('give other names that are not another strength’s name, so a search finds one strength', () => {
    setLanguage(language);
    const names = new Map(STRENGTHS.map((s) => [s.name.toLocaleLowerCase(), s.id]));
    const clashes = STRENGTHS.flatMap((strength) =>
      strength.otherNames
        .filter((other) => other.trim() === '' || names.has(other.toLocaleLowerCase()))
        .map((other) => `${strength.id}: “${other}”`),
    );
    expect(clashes).toEqual([]);
  });

  it('give 24 distinct names and ideas short enough to become a commitment', () => {
    setLanguage(language);
    expect(new Set(STRENGTHS.map((s) => s.name)).size).toBe(24);
    expect(new Set(VIRTUES.map((v) => v.name)).size).toBe(6);
    for (const strength of STRENGTHS) {
      expect(new Set(strength.ideas).size).toBe(IDEAS_PER_STRENGTH);
      for (const idea of strength.ideas) expect(idea.length).toBeLessThanOrEqual(LIMITS.commitmentTitle);
    }
  });
});

describe('the strengths’ names', () => {
  it('are looked up by a key computed from the id, which the catalogue test is told of', () => {
    expect(DYNAMIC_KEY_PREFIXES).toContain('strengths:');
  });

  it('are VIA’s German names in German, and follow a change of language without a reload', () => {
    const curiosity = strengthById('curiosity')!;
    expect(curiosity.name).toBe('Curiosity');
    setLanguage('de');
    expect(curiosity.name).toBe('Neugier');
    expect(strengthById('love-of-learning')!.name).toBe('Liebe zum Lernen');
    expect(strengthById('judgment')!.name).toBe('Urteilsvermögen');
    expect(VIRTUES.find((v) => v.id === 'courage')!.name).toBe('Mut');
    expect(curiosity.description).toBe(
      'Sich für Menschen, Ideen und Erfahrungen um ihrer selbst willen interessieren.',
    );
    setLanguage('en');
    expect(curiosity.name).toBe('Curiosity');
  });

  it('are VIA’s French and Spanish names in French and Spanish', () => {
    setLanguage('fr');
    expect(strengthById('curiosity')!.name).toBe('Curiosité');
    expect(strengthById('love-of-learning')!.name).toBe('Amour de l’apprentissage');
    expect(strengthById('appreciation-of-beauty')!.name).toBe('Appréciation de la beauté et de l’excellence');
    setLanguage('es');
    expect(strengthById('curiosity')!.name).toBe('Curiosidad');
    expect(strengthById('love-of-learning')!.name).toBe('Amor por el aprendizaje');
    expect(strengthById('social-intelligence')!.name).toBe('Inteligencia social');
  });

  it('bring the spotlight’s idea in the language in force', () => {
    const top = ['honesty'].map((id) => strengthById(id)!);
    const english = spotlightFor('2026-11-25', top)!.idea;
    setLanguage('de');
    const german = spotlightFor('2026-11-25', top)!.idea;
    expect(german).not.toBe(english);
    expect(strengthById('honesty')!.ideas).toContain(german);
    expect(german).toMatch(/Sie/);
  });
});

describe('finding a strength by the name a report gives it', () => {
  const found = (typed: string) => strengthsMatching(typed, STRENGTHS).map((s) => s.id);

  it.each([
    ['en', 'cur', 'curiosity'],
    ['en', 'Vitality', 'zest'],
    ['en', 'authenticity', 'honesty'],
    ['en', 'open-minded', 'judgment'],
    ['de', 'Neu', 'curiosity'],
    ['de', 'Authentizität', 'honesty'],
    ['de', 'authentizitat', 'honesty'],
    ['de', 'Enthusiasmus', 'zest'],
    ['de', 'Umsicht', 'prudence'],
    ['de', 'Honesty', 'honesty'],
    ['de', 'Liebe', 'love'],
    ['de', 'fleiss', 'perseverance'],
    ['en', 'Love', 'love'],
    ['fr', 'Amour', 'love'],
    ['fr', 'equipe', 'teamwork'],
    ['fr', 'Maîtrise de soi', 'self-regulation'],
    ['fr', "ouverture d'esprit", 'judgment'],
    ['es', 'Vitalidad', 'zest'],
    ['es', 'apertura de mente', 'judgment'],
    ['es', 'Bondad', 'kindness'],
    ['es', 'valentia', 'bravery'],
  ] as const)('in %s, “%s” finds %s first', (language, typed, id) => {
    setLanguage(language);
    expect(found(typed)[0]).toBe(id);
  });

  it('puts names before other names, and a name that starts with it before one that contains it', () => {
    setLanguage('de');
    // "Mut" is Tapferkeit's other name, and inside "Demut", Bescheidenheit's.
    expect(found('Mut')).toEqual(['bravery', 'humility']);
    // "Lie" starts "Liebe zum Lernen" (a name) and "Liebe" (Bindungsfähigkeit's other name).
    expect(found('Lie')).toEqual(['love-of-learning', 'love']);
  });

  it('finds nothing for what is no strength’s name', () => {
    setLanguage('fr');
    expect(found('Quarterly planning')).toEqual([]);
  });
});
