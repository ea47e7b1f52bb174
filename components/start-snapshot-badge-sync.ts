import { syncSnapshotAndBadge } from '../lib/store/snapshot-badge-sync';
import { tellWorker } from './tell-worker';

/**
 * Starts lib/store/snapshot-badge-sync from this page, with the page's own targets: its
 * localStorage, and messages to the worker when it should look again or redraw the badge.
 * Returns a function that stops it.
 */
export function startSnapshotBadgeSync(): () => void {
  return syncSnapshotAndBadge({
    storage: localStorage,
    onWorkerBehind: () => tellWorker({ type: 'reschedule' }),
    onBadgeChanged: () => tellWorker({ type: 'refresh-badge' }),
  });
}
