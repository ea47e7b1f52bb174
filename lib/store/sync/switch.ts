/** Turning sync on and off on this device. */
import { browser } from 'wxt/browser';
import { db } from '../db/db';
import { newDeviceId } from '../../domain/sync/stamp';
import { EMPTY_STATUS, getSyncChoice, setSyncChoice, setSyncStatus } from '../storage-items';
import { PREVIOUS_KEY, REPLICA_KEY, SYNC_LOCK } from './replica-key';
import { exclusive } from '../../platform/exclusive';

/**
 * Turns sync on: this device gets an id of its own for its keys. The worker's next pass (the
 * change wakes it) sends what travels and takes in what the other computers sent.
 */
export async function turnSyncOn(random: () => number = Math.random): Promise<void> {
  const choice = await getSyncChoice();
  if (choice.enabled) return;
  // A device id kept from a turn-off whose removal failed: its items go first.
  if (choice.deviceId) await turnSyncOff();
  await setSyncStatus(EMPTY_STATUS);
  await setSyncChoice({ enabled: true, deviceId: newDeviceId(random) });
}

/**
 * Turns sync off: stops sending, and removes what this device put in the browser's sync, so
 * nothing of it stays in the account. This device's data stays as it is, and so does the other
 * computers'. A pass under way ends first; if the removal fails, this device keeps its id, so
 * turning off again removes what is left.
 */
export function turnSyncOff(): Promise<void> {
  return exclusive(SYNC_LOCK, async () => {
    const { deviceId } = await getSyncChoice();
    await setSyncChoice({ enabled: false, deviceId });
    if (deviceId) {
      const all = await browser.storage.sync.get(null);
      const mine = Object.keys(all).filter((key) => key.startsWith(`fl1.${deviceId}.`));
      if (mine.length > 0) await browser.storage.sync.remove(mine);
    }
    await setSyncChoice({ enabled: false, deviceId: null });
    await db.meta.bulkDelete([REPLICA_KEY, PREVIOUS_KEY]);
    await setSyncStatus(EMPTY_STATUS);
  });
}
