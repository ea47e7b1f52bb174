import { browser } from 'wxt/browser';
import type { WorkerMessage } from '../../lib/messages';

/**
 * Tells the worker a review was just finished, so it looks again at once: the prompt still on
 * screen for it is cleared (it asks to be clicked until then) and the next one is scheduled.
 */
export function tellWorkerReviewed(): void {
  try {
    browser.runtime.sendMessage({ type: 'reschedule' } satisfies WorkerMessage).catch(() => {
      // No worker answered: the next alarm or browser start clears the prompt instead.
    });
  } catch {
    // No extension runtime here (a test page): nothing to tell.
  }
}
