import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StorageProblem } from '../../components/DatabaseGate';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { I18nRoot, startLanguage } from '../../components/I18nRoot';
import { UndoProvider } from '../../components/UndoProvider';
import { openDatabase } from '../../lib/store/db/open';
import { startSnapshotBadgeSync } from '../../components/start-snapshot-badge-sync';
import { today } from '../../lib/platform/clock';
import { commitToIdea, markCommitmentDone, reopenCommitment } from '../../lib/store/db/commitments';
import { readSnapshot, type FirstPaint } from '../../lib/domain/newtab-snapshot';
import { strengthById } from '../../lib/domain/strengths';
import { EARLY_PRESS } from '../../components/strength-idea';
import { tellWorkerListChanged } from '../../components/tell-worker';
import { HORIZON_CHOICES, type HorizonChoice } from '../../lib/domain/horizons';
import { updateSettings } from '../../lib/store/storage-items';
import App from './App';

/**
 * Writes the ticks made on the first paint before React took over (its checkboxes work from the
 * start, but nothing saved them), so the hand-over neither loses a tick nor flickers it away. A
 * box differs from what was painted (its default) only if the user changed it.
 */
export async function keepEarlyTicks(root: HTMLElement): Promise<void> {
  const boxes = root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][id^="commitment-"]');
  const writes = [...boxes]
    .filter((box) => !box.disabled && box.checked !== box.defaultChecked)
    .map((box) => {
      const id = box.id.slice('commitment-'.length);
      return box.checked ? markCommitmentDone(id) : reopenCommitment(id);
    });
  await Promise.allSettled(writes);
}

/** Saves a horizon chosen on the first paint before React took over, as its ticks are. */
export async function keepEarlyHorizon(root: HTMLElement): Promise<void> {
  const radios = root.querySelectorAll<HTMLInputElement>('input[name="horizon"]');
  const chosen = [...radios].find((radio) => radio.checked);
  if (!chosen || chosen.defaultChecked || !HORIZON_CHOICES.includes(chosen.value as never)) return;
  await updateSettings({ newTabHorizon: chosen.value as HorizonChoice }).catch(() => undefined);
}

/**
 * Makes the strength of the day's idea today's commitment if its button was pressed on the first
 * paint, before React took over (as a tick is kept): the press is not lost, and never adds twice.
 */
export async function keepEarlyIdea(root: HTMLElement, snapshot: FirstPaint | null): Promise<void> {
  const spotlight = snapshot?.spotlight;
  if (!spotlight?.id || !strengthById(spotlight.id) || !root.querySelector(`[${EARLY_PRESS}]`)) return;
  await commitToIdea(today(), spotlight.id, spotlight.idea).then(tellWorkerListChanged, () => undefined);
}

/**
 * Takes over from the first paint once the database is open. React's first commit replaces the
 * first-paint markup with the same markup, so nothing flashes.
 */
export async function boot(): Promise<void> {
  const root = document.getElementById('root')!;
  const snapshot = readSnapshot(localStorage, today());
  const opened = await openDatabase();
  if (opened.ok)
    await Promise.all([keepEarlyTicks(root), keepEarlyHorizon(root), keepEarlyIdea(root, snapshot)]);
  startLanguage();
  createRoot(root).render(
    <StrictMode>
      <I18nRoot>
        <ErrorBoundary scope="page">
          {opened.ok ? (
            <UndoProvider>
              <App snapshot={snapshot} />
            </UndoProvider>
          ) : (
            <StorageProblem message={opened.message} detail={opened.detail} />
          )}
        </ErrorBoundary>
      </I18nRoot>
    </StrictMode>,
  );
  if (opened.ok) startSnapshotBadgeSync();
}
