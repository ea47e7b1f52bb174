import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatabaseGate } from './DatabaseGate';
import { ErrorBoundary } from './ErrorBoundary';
import { I18nRoot, startLanguage } from './I18nRoot';

/**
 * Renders a page (the popup, options, the review) into `#root`: in the language last chosen from
 * its first frame, catching a rendering error, once the database is open.
 */
export function renderPage(app: ReactNode): void {
  startLanguage();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nRoot>
        <ErrorBoundary scope="page">
          <DatabaseGate>{app}</DatabaseGate>
        </ErrorBoundary>
      </I18nRoot>
    </StrictMode>,
  );
}
