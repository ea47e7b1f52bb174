import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatabaseGate } from '../../components/DatabaseGate';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { I18nRoot, startLanguage } from '../../components/I18nRoot';
import { startSnapshotBadgeSync } from '../../components/start-snapshot-badge-sync';
import App from './App';
import '../../components/base.css';
import './review-page.css';

startLanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nRoot>
      <ErrorBoundary scope="page">
        <DatabaseGate>
          <App />
        </DatabaseGate>
      </ErrorBoundary>
    </I18nRoot>
  </StrictMode>,
);

startSnapshotBadgeSync();
