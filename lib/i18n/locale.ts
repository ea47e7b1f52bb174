/**
 * The locale `Intl` formats with, kept apart from the i18next instance so that the new tab's first
 * paint (which loads no translations) formats its dates in the leader's language too: the loader
 * sets it from the snapshot, a page or the worker through `setLanguage` (lib/i18n/index.ts).
 */
import { directionOf, intlLocaleFor, type LanguageChoice } from './languages';

let language: LanguageChoice = 'en';
let browserLocale: string | undefined = globalThis.navigator?.language;

/** Sets the language dates, times, numbers and lists are formatted for, and the browser's locale. */
export function setFormatLanguage(next: LanguageChoice, locale: string | undefined = browserLocale): void {
  language = next;
  browserLocale = locale;
}

/** The locale `Intl` formats dates, times, numbers and lists with, for the language in force. */
export function intlLocale(): string {
  return intlLocaleFor(language, browserLocale);
}

/** The page's writing direction in the language in force. */
export function direction(): 'ltr' | 'rtl' {
  return directionOf(language);
}
