import { browser } from 'wxt/browser';
import type { WorkerMessage } from '../lib/messages';
import { startPageSync } from '../lib/page-sync';

/** Starts the snapshot and badge sync for this page, telling the worker if the time zone changed. */
export function startThisPageSync(): () => void {
  return startPageSync({
    storage: localStorage,
    action: browser.action,
    onTimeZoneChange: () => void browser.runtime.sendMessage({ type: 'reschedule' } satisfies WorkerMessage),
  });
}
