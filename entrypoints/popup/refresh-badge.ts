import { browser } from 'wxt/browser';
import type { WorkerMessage } from '../../lib/messages';

/**
 * Asks the worker to redraw the toolbar badge after a change to today's list. The popup's own page
 * sync does that too, but a popup is often closed the moment after a tick: the worker finishes the
 * job whether or not the popup is still open.
 */
export function refreshBadge(): void {
  browser.runtime.sendMessage({ type: 'refresh-badge' } satisfies WorkerMessage).catch(() => {
    // No worker answered: the page sync, the next alarm or the next new tab redraws the badge.
  });
}
