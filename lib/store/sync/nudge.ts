/**
 * Tells the worker when this device's synced data changes, while sync is on: every committed
 * write to a table that travels (Dexie's `storagemutated`, which fires in every page of the
 * extension for a write made in any), and every change of the settings. With sync off, it tells
 * nothing, so the worker does no more than it did before sync. The worker waits for a
 * burst to end before it sends (entrypoints/background/sync.ts).
 */
import { Dexie } from 'dexie';
import { DATABASE_NAME } from '../db/schema';
import { SYNC_TABLES } from '../../domain/sync/tables';
import { getSyncChoice, watchSettings, watchSyncChoice } from '../storage-items';

const TRAVELLING = SYNC_TABLES.map((table) => `idb://${DATABASE_NAME}/${table}/`);

/** Whether a write touched a table that travels (not the replica's own bookkeeping). */
export const touchesSyncedData = (parts: Record<string, unknown>) =>
  Object.keys(parts).some((part) => TRAVELLING.some((prefix) => part.startsWith(prefix)));

/** Starts telling the worker through `tell`; returns a function that stops it. */
export function nudgeOnChanges(tell: () => void): () => void {
  let enabled = false;
  let stopped = false;
  void getSyncChoice().then((choice) => {
    if (!stopped) enabled = choice.enabled;
  });
  const unwatch = watchSyncChoice((choice) => {
    enabled = choice.enabled;
  });
  const unwatchSettings = watchSettings(() => {
    if (enabled) tell();
  });
  const listener = (parts: Record<string, unknown>) => {
    if (enabled && touchesSyncedData(parts)) tell();
  };
  Dexie.on('storagemutated', listener);
  return () => {
    stopped = true;
    unwatch();
    unwatchSettings();
    Dexie.on('storagemutated').unsubscribe(listener);
  };
}
