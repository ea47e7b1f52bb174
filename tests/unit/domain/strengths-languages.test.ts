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
