import { browser } from 'wxt/browser';
import { syncSnapshotAndBadge } from '../lib/store/snapshot-badge-sync';
import { tellWorker } from './tell-worker';

/**
 * Starts lib/store/snapshot-badge-sync from this page, with the page's own targets: its
 * localStorage, the toolbar button, and a message to the worker when it should look again.
 * Returns a function that stops it.
 */
export function startSnapshotBadgeSync(): () => void {
  return syncSnapshotAndBadge({
    storage: localStorage,
    action: browser.action,
    onWorkerBehind: () => tellWorker({ type: 'reschedule' }),
  });
}
