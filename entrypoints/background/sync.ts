/**
 * Runs sync passes (lib/store/sync/engine) in the worker: soon after this device's data or
 * settings change (a page says so, lib/store/sync/nudge), another computer's arrive
 * (`storage.onChanged`), or sync is turned on, a burst of changes making one pass; and at the
 * backstop alarm, while sync is on, for a change no page told of. With sync off the worker does
 * nothing more than before. After a pass that changed data here, the badge is redrawn and the prompts looked at
 * again: a day reviewed on another computer is not prompted here.
 */
import { browser } from 'wxt/browser';
import { isKeyOf } from '../../lib/domain/sync/wire';
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
    // Turned off: the backstop alarm goes too (it is only ever set while sync is on).
    if (await browser.alarms.get(ALARMS.sync)) await browser.alarms.clear(ALARMS.sync);
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

/**
 * Something arrived in the browser's sync (another computer's keys), or sync was turned on or off
 * here: a pass. This worker's own writes come back here too; a pass for them would find nothing
 * to do, so they are let be. A removal of this computer's keys gets a pass: it may be this
 * computer's own (an item no longer needed, or sync turned off), or another computer clearing keys
 * it took for gone, and then the pass writes them again.
 */
export function onStorageChanged(changes: Record<string, { newValue?: unknown }>, area: string) {
  if (area === 'sync') void afterSyncChanged(changes);
  else if (area === 'local' && 'syncChoice' in changes) scheduleSync(0);
}

async function afterSyncChanged(changes: Record<string, { newValue?: unknown }>) {
  const { deviceId } = await getSyncChoice();
  const echo =
    deviceId !== null &&
    Object.entries(changes).every(([key, change]) => isKeyOf(key, deviceId) && change.newValue !== undefined);
  if (!echo) scheduleSync(300);
}
