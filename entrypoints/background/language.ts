/**
 * The worker speaks the language chosen in Settings, or the browser's (lib/store/language.ts). Each
 * look at the prompts (which ends by redrawing the badge) reads the settings anyway, so it sets the
 * language from what it read, as
 * `applyStoredLanguage` would, with no read more: each read is a place the browser may stop the
 * worker (tests/unit/background/worker-stopped.test.ts).
 */
import type { Settings } from '../../lib/domain/settings';
import { setLanguage } from '../../lib/i18n';
import { languageInForce } from '../../lib/i18n/languages';

/** Sets the language the settings call for, before the worker composes any words. */
export function speakLanguageOf(settings: Pick<Settings, 'language'>): void {
  const browserLocale = globalThis.navigator?.language;
  setLanguage(languageInForce(settings.language, browserLocale), browserLocale);
}
