import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatabaseGate } from '../../components/DatabaseGate';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { startSnapshotBadgeSync } from '../../components/start-snapshot-badge-sync';
import App from './App';
import '../../components/base.css';
import './options.css';
import './controls.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary scope="page">
      <DatabaseGate>
        <App />
      </DatabaseGate>
    </ErrorBoundary>
  </StrictMode>,
);

// Edits to the vision here show up in the next new tab's first paint.
startSnapshotBadgeSync();
