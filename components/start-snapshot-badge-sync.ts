import { syncSnapshotAndBadge } from '../lib/store/snapshot-badge-sync';
import { nudgeOnChanges } from '../lib/store/sync/nudge';
import { tellWorker } from './tell-worker';

/**
 * Starts lib/store/snapshot-badge-sync from this page, with the page's own targets: its
 * localStorage, and messages to the worker when it should look again or redraw the badge; and,
 * while sync is on, tells the worker when the data that travels changes. Returns a function that
 * stops both.
 */
export function startSnapshotBadgeSync(): () => void {
  const stopSnapshot = syncSnapshotAndBadge({
    storage: localStorage,
    onWorkerBehind: () => tellWorker({ type: 'reschedule' }),
    onBadgeChanged: () => tellWorker({ type: 'refresh-badge' }),
  });
  const stopNudge = nudgeOnChanges(() => tellWorker({ type: 'sync' }));
  return () => {
    stopSnapshot();
    stopNudge();
  };
}
