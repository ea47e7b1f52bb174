import { afterEach, describe, expect, it } from 'vitest';
import { i18n, intlLocale, setLanguage, t } from '../../../lib/i18n';
import { directionOf, intlLocaleFor, languageForBrowser, languageInForce } from '../../../lib/i18n/languages';
import { pseudoString } from '../../../lib/i18n/pseudo';
import { formatClock, formatDayLong } from '../../../lib/domain/format';

afterEach(() => {
  setLanguage('en', 'en-US');
});

describe('the language in force', () => {
  it.each([
    ['de-AT', 'de'],
    ['fr', 'fr'],
    ['es-419', 'es'],
    ['en-GB', 'en'],
    ['pt-BR', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('follows the browser’s %s as %s on first run', (ui, language) => {
    expect(languageForBrowser(ui)).toBe(language);
  });

  it('prefers the language chosen in Settings', () => {
    expect(languageInForce('fr', 'de-DE')).toBe('fr');
    expect(languageInForce(undefined, 'de-DE')).toBe('de');
  });

  it.each([
    ['en', 'en-US', 'en-US'],
    ['en', 'en-GB', 'en-GB'],
    ['de', 'en-US', 'de'],
    ['de', 'de-CH', 'de-CH'],
    ['fr', 'fr-CA', 'fr-CA'],
    ['es', 'de-DE', 'es'],
    ['en-XA', 'de-DE', 'en'],
  ] as const)('formats %s in a %s browser with %s', (language, browser, locale) => {
    expect(intlLocaleFor(language, browser)).toBe(locale);
  });

  it('writes right to left only in the right-to-left pseudo-locale', () => {
    expect(['en', 'de', 'fr', 'es', 'en-XA', 'ar-XB'].map((l) => directionOf(l as never))).toEqual([
      'ltr',
      'ltr',
      'ltr',
      'ltr',
      'ltr',
      'rtl',
    ]);
  });
});

describe('dates in the chosen language', () => {
  it.each([
    ['en', 'en-US', 'Tuesday, December 1'],
    ['en', 'en-GB', 'Tuesday 1 December'],
    ['de', 'en-US', 'Dienstag, 1. Dezember'],
    ['fr', 'en-US', 'mardi 1 décembre'],
    ['es', 'en-US', 'martes, 1 de diciembre'],
  ] as const)('%s in a %s browser says %s', (language, browser, text) => {
    setLanguage(language, browser);
    expect(intlLocale()).toBe(language === 'en' ? browser : language);
    expect(formatDayLong('2026-12-01')).toBe(text);
  });
});

describe('the pseudo-locale', () => {
  it('accents every letter, keeps placeholders and grows by about a third', () => {
    const text = 'Plan for {{title}} now';
    const pseudo = pseudoString(text);
    expect(pseudo).toBe('[Þĺåñ ƒöŕ {{title}} ñöŵ ·····]');
    expect(pseudo.replace(/\{\{title\}\}/, '')).not.toMatch(/[A-Za-z]/);
  });

  it('is what t gives in en-XA, and follows a change of language at once', () => {
    i18n.addResource('en', 'common', 'probe', 'Hello');
    i18n.addResource('de', 'common', 'probe', 'Hallo');
    i18n.addResource('en-XA', 'common', 'probe', pseudoString('Hello'));
    expect(t('common:probe')).toBe('Hello');
    setLanguage('de');
    expect(t('common:probe')).toBe('Hallo');
    setLanguage('en-XA');
    expect(t('common:probe')).toBe('[Ĥéĺĺö ··]');
  });
});

describe('clock times in the chosen language', () => {
  it.each([
    ['en', 'en-US', '5:30 PM'],
    ['en', 'en-GB', '17:30'],
    ['de', 'en-US', '17:30'],
    ['fr', 'en-US', '17:30'],
    ['es', 'en-US', '17:30'],
  ] as const)('%s in a %s browser writes 17:30 as %s', (language, browser, text) => {
    setLanguage(language, browser);
    expect(formatClock(17, 30).replace(/\s/g, ' ')).toBe(text);
  });
});
