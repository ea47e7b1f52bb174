/**
 * The languages Flourish speaks, and how a choice becomes what `Intl` and the page need. Pure: the
 * pages, the worker and the tests share it.
 */

/** The languages shipped, English first (the default and the fallback). */
export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Pseudo-locales for tests, never offered in Settings: `en-XA` is every English string accented and
 * about 35 % longer, so text left in English or cut short shows; `ar-XB` is the same, right to left.
 */
export const PSEUDO_LANGUAGES = ['en-XA', 'ar-XB'] as const;
export type PseudoLanguage = (typeof PSEUDO_LANGUAGES)[number];

/** What the settings may hold: a language, a pseudo-locale, or nothing (follow the browser). */
export type LanguageChoice = Language | PseudoLanguage;

export const LANGUAGE_CHOICES: readonly LanguageChoice[] = [...LANGUAGES, ...PSEUDO_LANGUAGES];

/** Each language's own name, as the picker shows it (a German reader looks for "Deutsch"). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return typeof value === 'string' && (LANGUAGE_CHOICES as readonly string[]).includes(value);
}

/**
 * The shipped language for the browser's UI language (`de-AT` → `de`), English for any other: what a
 * leader sees on first run, until they choose.
 */
export function languageForBrowser(uiLanguage: string | undefined): Language {
  const base = (uiLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}

/** The language in force: the one chosen in Settings, else the browser's. */
export function languageInForce(
  chosen: LanguageChoice | undefined,
  uiLanguage: string | undefined,
): LanguageChoice {
  return chosen ?? languageForBrowser(uiLanguage);
}

/** The writing direction of a language. */
export function directionOf(language: LanguageChoice): 'ltr' | 'rtl' {
  return language === 'ar-XB' ? 'rtl' : 'ltr';
}

/**
 * The locale `Intl` formats with: the browser's own locale when it is the same language (an American
 * reads "December 1" and 5:30 PM, a Briton "1 December" and 17:30), else the language itself
 * (a German interface in an English browser reads "1. Dezember" and 17:30). Pseudo-locales format
 * as English.
 */
export function intlLocaleFor(language: LanguageChoice, browserLocale: string | undefined): string {
  const base = language === 'en-XA' || language === 'ar-XB' ? 'en' : language;
  if (browserLocale && browserLocale.toLowerCase().split(/[-_]/)[0] === base) {
    try {
      return Intl.getCanonicalLocales(browserLocale)[0] ?? base;
    } catch {
      return base;
    }
  }
  return base;
}
