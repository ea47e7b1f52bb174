import { browser } from 'wxt/browser';
import { startPageSync } from '../lib/page-sync';
import { tellWorker } from './tell-worker';

/** Starts the snapshot and badge sync for this page, telling the worker if the time zone changed. */
export function startThisPageSync(): () => void {
  return startPageSync({
    storage: localStorage,
    action: browser.action,
    onTimeZoneChange: () => tellWorker({ type: 'reschedule' }),
  });
}
