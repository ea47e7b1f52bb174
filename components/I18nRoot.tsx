import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { direction, i18n } from '../lib/i18n';
import { applyLastLanguage, followLanguage } from '../lib/store/language';

/** Sets the page's `lang` and `dir` from the language in force. */
export function markDocumentLanguage(): void {
  document.documentElement.lang = i18n.language;
  document.documentElement.dir = direction();
}

/** Before a page's first render: the language last applied, and the page marked with it. */
export function startLanguage(): void {
  applyLastLanguage();
  markDocumentLanguage();
}

/**
 * The root of every page: its words follow the language chosen in Settings, on this page or any
 * other, without a reload, and the page's `lang` and `dir` with them.
 */
export function I18nRoot({ children }: { children: ReactNode }) {
  useEffect(() => {
    markDocumentLanguage();
    i18n.on('languageChanged', markDocumentLanguage);
    const unfollow = followLanguage();
    return () => {
      i18n.off('languageChanged', markDocumentLanguage);
      unfollow();
    };
  }, []);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
