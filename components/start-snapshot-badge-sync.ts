import { browser } from 'wxt/browser';
import { startPageSync } from '../lib/store/page-sync';
import { tellWorker } from './tell-worker';

/** Starts the snapshot and badge sync for this page, telling the worker when it should look again. */
export function startThisPageSync(): () => void {
  return startPageSync({
    storage: localStorage,
    action: browser.action,
    onWorkerBehind: () => tellWorker({ type: 'reschedule' }),
  });
}
