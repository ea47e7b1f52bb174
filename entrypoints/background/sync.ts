/**
 * Runs sync passes (lib/store/sync/engine) in the worker: soon after this device's data changes (a
 * page says so) or another computer's arrives (`storage.onChanged`), a burst of changes making
 * one pass. After a pass that changed data here, the badge is redrawn and the prompts looked at
 * again: a day reviewed on another computer is not prompted here.
 */
import { browser } from 'wxt/browser';
import { syncPass } from '../../lib/store/sync/engine';
import { getSyncChoice } from '../../lib/store/storage-items';
import { ALARMS } from './alarms';
import { refreshBadge } from './badge';
import { reschedule } from './prompts';
import { enqueue } from './queue';

/** How long a pass waits for more changes, so a burst of ticks is one write. */
export const SYNC_DELAY_MS = 1_500;
/** The longest a change waits when no page or event told the worker of it. */
export const SYNC_BACKSTOP_MS = 15 * 60_000;

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> = Promise.resolve();

/** Runs a pass after `delay`, unless another is asked for meanwhile (then after that one's delay). */
export function scheduleSync(delay: number = SYNC_DELAY_MS): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    running = runSync();
  }, delay);
}

/** Settles when the pass a `scheduleSync` started has ended. */
export const lastScheduledSync = (): Promise<void> => running;

export async function runSync(): Promise<void> {
  const choice = await getSyncChoice();
  if (!choice.enabled) {
    await browser.alarms.clear(ALARMS.sync);
    return;
  }
  try {
    const result = await syncPass();
    await browser.alarms.create(ALARMS.sync, { when: result.retryAt ?? Date.now() + SYNC_BACKSTOP_MS });
    if (result.applied > 0 || result.settingsChanged) {
      await enqueue(() => refreshBadge(browser.action).then(() => undefined));
      await reschedule();
    }
  } catch (error) {
    console.error('Flourish sync pass failed', error);
    await browser.alarms.create(ALARMS.sync, { when: Date.now() + 60_000 });
  }
}

/** Another computer's keys changed, or this device's choice: a pass. */
export function onStorageChanged(changes: Record<string, unknown>, area: string, device: string | null) {
  if (area === 'sync') {
    const theirs = Object.keys(changes).some((key) => !device || !key.startsWith(`fl1.${device}.`));
    if (theirs) scheduleSync(300);
  } else if (area === 'local' && ('syncChoice' in changes || 'settings' in changes)) scheduleSync();
}
