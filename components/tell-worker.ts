import { browser } from 'wxt/browser';
import type { WorkerMessage } from '../lib/domain/worker-messages';

/**
 * Tells the background worker something changed, without waiting for it: the message wakes a
 * stopped worker, and the browser delivers it even when the page (a popup, say) closes at once.
 * If no worker answers, the next alarm, browser start or open page does the same job.
 */
export function tellWorker(message: WorkerMessage): void {
  try {
    browser.runtime.sendMessage(message).catch(() => {
      // No worker answered; see above.
    });
  } catch {
    // No extension runtime here (a test page): nothing to tell.
  }
}

/** A review was just finished or skipped: the worker clears its prompt and schedules the next. */
export const tellWorkerReviewed = () => tellWorker({ type: 'reschedule' });

/** Today's list changed: the worker redraws the toolbar badge. */
export const tellWorkerListChanged = () => tellWorker({ type: 'refresh-badge' });
