/**
 * The translations are complete and in use: every language has exactly English's keys (plural
 * forms as its own plural rules ask), keeps each string's placeholders, leaves nothing empty; every
 * key the code names exists, and every English key is named somewhere in the code.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DYNAMIC_KEY_PREFIXES } from '../../../lib/i18n/dynamic-keys';
import { LANGUAGES } from '../../../lib/i18n/languages';
import { NAMESPACES, RESOURCES, type Catalogue } from '../../../lib/i18n/resources';

const ROOT = join(import.meta.dirname, '../../..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every string of a catalogue by its dotted key. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The keys a language must have, given English's: a plural family takes the language's own categories. */
function expectedKeys(english: Map<string, string>, language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of english.keys()) {
    if (PLURAL.test(key)) {
      const stem = key.replace(PLURAL, '');
      for (const category of categories) keys.add(`${stem}_${category}`);
    } else keys.add(key);
  }
  return [...keys].sort();
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe.each(NAMESPACES)('the %s namespace', (ns) => {
  const english = flatten(RESOURCES.en[ns]);

  it.each(LANGUAGES.filter((l) => l !== 'en'))('has every key in %s, and no other', (language) => {
    expect([...flatten(RESOURCES[language][ns]).keys()].sort()).toEqual(expectedKeys(english, language));
  });

  it('has English’s plural forms, and no string left empty', () => {
    expect([...english.keys()].sort()).toEqual(expectedKeys(english, 'en'));
    for (const language of LANGUAGES) {
      const empty = [...flatten(RESOURCES[language][ns])].filter(([, text]) => text.trim() === '');
      expect(empty.map(([key]) => `${language}:${key}`)).toEqual([]);
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('keeps each string’s placeholders in %s', (language) => {
    const strays: string[] = [];
    for (const [key, text] of flatten(RESOURCES[language][ns])) {
      const source = english.get(key) ?? english.get(`${key.replace(PLURAL, '')}_other`);
      // A plural form may leave out the count ("un engagement"), never add a placeholder.
      const allowed = new Set(placeholders(source ?? ''));
      const extra = placeholders(text).filter((name) => !allowed.has(name!));
      if (extra.length > 0) strays.push(`${key}: ${extra.join(', ')}`);
      if (!PLURAL.test(key) && placeholders(text).join() !== placeholders(source ?? '').join())
        strays.push(`${key}: ${placeholders(text).join()} ≠ ${placeholders(source ?? '').join()}`);
    }
    expect(strays).toEqual([]);
  });
});

/** Every source file of the extension, by its path from the root. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

const SOURCES = ['entrypoints', 'components', 'lib'].flatMap(sources).map((path) => ({
  path,
  text: readFileSync(join(ROOT, path), 'utf8'),
}));

/** The namespaces a file names as its default (`useTranslation('popup')`, `getFixedT(null, 'popup')`). */
const fileNamespaces = (text: string) =>
  [...text.matchAll(/(?:useTranslation|useT)\(\s*\[?\s*'([\w-]+)'/g)].map((m) => m[1]!);

const hasKey = (ns: string, key: string) => {
  const catalogue = flatten(RESOURCES.en[ns as (typeof NAMESPACES)[number]] ?? {});
  return catalogue.has(key) || catalogue.has(`${key}_other`);
};

describe('the keys in the code', () => {
  it('names only keys English has', () => {
    const missing: string[] = [];
    for (const { path, text } of SOURCES) {
      const own = fileNamespaces(text);
      for (const match of text.matchAll(/\bt\(\s*'([^'$]+)'/g)) {
        const name = match[1]!;
        const [ns, key] = name.includes(':') ? name.split(':', 2) : [own[0] ?? 'common', name];
        if (!(NAMESPACES as readonly string[]).includes(ns!) || !hasKey(ns!, key!))
          missing.push(`${relative(ROOT, join(ROOT, path))}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('uses every English key', () => {
    const literals = new Set<string>();
    for (const { text } of SOURCES) {
      for (const match of text.matchAll(/'([^'\n]+)'|"([^"\n]+)"|`([^`$\n]+)`/g))
        literals.add(match[1] ?? match[2] ?? match[3]!);
    }
    const unused: string[] = [];
    for (const ns of NAMESPACES) {
      for (const key of flatten(RESOURCES.en[ns]).keys()) {
        const stem = key.replace(PLURAL, '');
        const full = `${ns}:${stem}`;
        if (literals.has(full) || literals.has(stem)) continue;
        if (DYNAMIC_KEY_PREFIXES.some((prefix) => full.startsWith(prefix))) continue;
        unused.push(full);
      }
    }
    expect(unused).toEqual([]);
  });
});
