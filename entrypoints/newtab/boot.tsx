import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StorageProblem } from '../../components/DatabaseGate';
import { openDatabase } from '../../lib/db/open';
import { startThisPageSync } from '../../components/start-page-sync';
import { today } from '../../lib/clock';
import { readSnapshot } from '../../lib/snapshot';
import App from './App';

/**
 * Takes over from the first paint once the database is open. React's first commit replaces the
 * first-paint markup with the same markup, so nothing flashes.
 */
export async function boot(): Promise<void> {
  const root = document.getElementById('root')!;
  const snapshot = readSnapshot(localStorage, today());
  const opened = await openDatabase();
  createRoot(root).render(
    <StrictMode>
      {opened.ok ? (
        <App snapshot={snapshot} />
      ) : (
        <StorageProblem message={opened.message} detail={opened.detail} />
      )}
    </StrictMode>,
  );
  if (opened.ok) startThisPageSync();
}
