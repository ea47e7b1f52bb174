/**
 * Keeps the language in force in step with Settings, on a page or in the worker: the one chosen, or
 * the browser's. Pages also keep the one chosen in localStorage (shared by every page of the
 * extension), so the next page speaks it from its first frame, before storage answers.
 */
import { setLanguage } from '../i18n';
import { languageInForce, isLanguageChoice, type LanguageChoice } from '../i18n/languages';
import { getSettings, watchSettings, type Unwatch } from './storage-items';
import type { Settings } from '../domain/settings';

const LAST_LANGUAGE = 'flourish.language';

const browserLanguage = () => globalThis.navigator?.language;

function apply(settings: Pick<Settings, 'language'>): LanguageChoice {
  const language = languageInForce(settings.language, browserLanguage());
  setLanguage(language, browserLanguage());
  try {
    // Kept only while a language is chosen: the browser's needs no note, and a deleted Flourish
    // (its settings gone) leaves none behind.
    if (settings.language) globalThis.localStorage?.setItem(LAST_LANGUAGE, settings.language);
    else globalThis.localStorage?.removeItem(LAST_LANGUAGE);
  } catch {
    // No localStorage (the worker) or it is full: the next page reads storage instead.
  }
  return language;
}

/** The language last applied on any page, synchronously; the browser's when none was. */
export function applyLastLanguage(): LanguageChoice {
  let last: string | null = null;
  try {
    last = globalThis.localStorage?.getItem(LAST_LANGUAGE) ?? null;
  } catch {
    last = null;
  }
  const language = isLanguageChoice(last) ? last : languageInForce(undefined, browserLanguage());
  setLanguage(language, browserLanguage());
  return language;
}

/** Reads the settings and sets the language they call for; the worker calls this before it speaks. */
export async function applyStoredLanguage(): Promise<LanguageChoice> {
  return apply(await getSettings());
}

/** Follows the settings from now on: a language chosen on any page applies here at once. */
export function followLanguage(): Unwatch {
  void applyStoredLanguage();
  return watchSettings((settings) => apply(settings));
}
