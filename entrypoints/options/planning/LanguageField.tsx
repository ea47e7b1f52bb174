import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRunAndReport } from '../../../components/use-run-and-report';
import { LANGUAGES, LANGUAGE_NAMES, isLanguageChoice, languageForBrowser } from '../../../lib/i18n/languages';
import type { Settings } from '../../../lib/domain/settings';
import { updateSettings } from '../../../lib/store/storage-items';

/** The select's value for "follow the browser": the setting is then absent. */
const BROWSER = '';

/**
 * Flourish's language: the browser's (named in itself, "Deutsch") or one chosen, each named in
 * itself so a reader finds their own. A choice is saved at once and applies on every open page
 * (each follows the settings, components/I18nRoot.tsx); the browser's removes the setting.
 */
export function LanguageField({ chosen }: { chosen: Settings['language'] }) {
  const { t } = useTranslation('settings');
  const id = useId();
  const { error, run } = useRunAndReport();
  const browser = LANGUAGE_NAMES[languageForBrowser(globalThis.navigator?.language)];

  function choose(value: string) {
    const language = isLanguageChoice(value) ? value : undefined;
    void run(() => updateSettings({ language }), t('languageFailed'));
  }

  return (
    <div className="field inline-field language-field">
      <label htmlFor={id}>{t('language')}</label>
      <select
        id={id}
        className="select"
        value={chosen ?? BROWSER}
        onChange={(event) => choose(event.target.value)}
      >
        <option value={BROWSER}>{t('browserLanguage', { name: browser })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <ErrorAlert error={error} inline />
    </div>
  );
}
