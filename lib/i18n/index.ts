/**
 * Flourish's words in the leader's language, through i18next (docs/i18n.md says why). One instance
 * per page and one in the worker, with every translation bundled, so it is ready synchronously:
 * nothing waits for a file. `t` always speaks the language in force; a page or the worker sets it
 * with `setLanguage` from the settings (lib/platform/language.ts keeps it in step).
 */
import i18next, { type TFunction } from 'i18next';
import type { LanguageChoice } from './languages';
import { setFormatLanguage } from './locale';
import { pseudoCatalogue } from './pseudo';
import { NAMESPACES, RESOURCES, type Catalogue, type Namespace } from './resources';

type Resources = Record<string, Record<Namespace, Catalogue>>;

/** Arabic's plural categories beyond English's, each filled from English's `other` for the RTL pseudo-locale. */
const EXTRA_RTL_PLURALS = ['zero', 'two', 'few', 'many'];

function withArabicPlurals(catalogue: Catalogue): Catalogue {
  const out: Catalogue = {};
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value !== 'string') {
      out[key] = withArabicPlurals(value);
      continue;
    }
    out[key] = value;
    if (key.endsWith('_other')) {
      const stem = key.slice(0, -'_other'.length);
      for (const category of EXTRA_RTL_PLURALS) out[`${stem}_${category}`] ??= value;
    }
  }
  return out;
}

function allResources(): Resources {
  const pseudo = pseudoCatalogue(RESOURCES.en);
  const rtl = Object.fromEntries(
    Object.entries(pseudo).map(([ns, catalogue]) => [ns, withArabicPlurals(catalogue)]),
  ) as Record<Namespace, Catalogue>;
  return { ...RESOURCES, 'en-XA': pseudo, 'ar-XB': rtl };
}

export const i18n = i18next.createInstance();

void i18n.init({
  resources: allResources(),
  lng: 'en',
  fallbackLng: 'en',
  ns: [...NAMESPACES],
  defaultNS: 'common',
  // The leader's words are never passed through markup: React and textContent escape what they show.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnEmptyString: false,
});

/** Sets the language every `t` and every date and number speaks from now on. */
export function setLanguage(language: LanguageChoice, browserLocale?: string): void {
  setFormatLanguage(language, browserLocale ?? globalThis.navigator?.language);
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

/** The language in force. */
export function currentLanguage(): LanguageChoice {
  return i18n.language as LanguageChoice;
}

export { direction, intlLocale } from './locale';

/** Translates a key (`namespace:key.path`) in the language in force. */
export const t: TFunction = ((...args: Parameters<TFunction>) => i18n.t(...args)) as TFunction;

/**
 * `fields` with a `label` read from `label()` each time it is read, so a list of choices made once
 * (the insights' periods, the summary's sections) speaks the language in force, not the one at start.
 */
export function labelled<const T extends object>(
  fields: T,
  label: () => string,
): T & { readonly label: string } {
  return Object.defineProperty({ ...fields }, 'label', { get: label, enumerable: true }) as T & {
    readonly label: string;
  };
}
