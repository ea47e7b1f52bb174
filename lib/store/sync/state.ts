/**
 * What this device keeps about sync in `storage.local` (never synced itself): whether the leader
 * turned it on and this device's id, and what the last pass did, for Settings to show.
 */
import { storage } from 'wxt/utils/storage';
import type { ReadNote } from '../../domain/sync/wire';
import type { SyncTable } from '../../domain/sync/tables';
import { MAX_WEEKS } from '../../domain/sync/plan';
import type { Unwatch } from '../storage-items';

/** Where the replica lives (lib/store/sync/engine): the database's own bookkeeping, never exported. */
export const REPLICA_KEY = 'sync:replica';

export interface SyncChoice {
  enabled: boolean;
  /** This device's id in sync keys, made when sync is first turned on here. */
  deviceId: string | null;
}

export interface SyncStatus {
  /** When the last pass ended, epoch ms (null: never). */
  at: number | null;
  /** What this device last sent. */
  sent: {
    bytes: number;
    items: number;
    /** Its share of the quota. */
    share: number;
    from: string | null;
    weeks: number;
    rows: Partial<Record<SyncTable, number>>;
  } | null;
  /** Bytes all devices' items take in `storage.sync`. */
  totalBytes: number;
  /** Other devices seen writing in the last 60 days. */
  devices: number;
  /** The most weeks of history to send: fewer after the browser refused a write. */
  maxWeeks: number;
  /** When the browser last refused a write, and why. */
  refused: { at: number; reason: 'quota' | 'rate' | 'other'; message: string } | null;
  /** What was found in `storage.sync` and not taken. */
  notes: ReadNote[];
  /** Rows the browser's sync data held that Flourish could not use: `table/key`. */
  rejected: string[];
  /** Fields too large to travel: `table/key/field`. */
  leftOut: string[];
  /** Times of this device's recent writes, for the rate limits. */
  writes: number[];
  /** When a write waits for the rate limits, when it will go. */
  waitingUntil: number | null;
}

export const NO_SYNC: SyncChoice = { enabled: false, deviceId: null };

export const EMPTY_STATUS: SyncStatus = {
  at: null,
  sent: null,
  totalBytes: 0,
  devices: 0,
  maxWeeks: MAX_WEEKS,
  refused: null,
  notes: [],
  rejected: [],
  leftOut: [],
  writes: [],
  waitingUntil: null,
};

const choiceItem = storage.defineItem<SyncChoice>('local:syncChoice', { fallback: NO_SYNC, version: 1 });
const statusItem = storage.defineItem<SyncStatus>('local:syncStatus', { fallback: EMPTY_STATUS, version: 1 });

export const getSyncChoice = async (): Promise<SyncChoice> => ({
  ...NO_SYNC,
  ...(await choiceItem.getValue()),
});
export const setSyncChoice = (choice: SyncChoice) => choiceItem.setValue(choice);
export const watchSyncChoice = (onChange: (choice: SyncChoice, previous: SyncChoice) => void): Unwatch =>
  choiceItem.watch((next, previous) => onChange({ ...NO_SYNC, ...next }, { ...NO_SYNC, ...previous }));

export const getSyncStatus = async (): Promise<SyncStatus> => ({
  ...EMPTY_STATUS,
  ...(await statusItem.getValue()),
});
export const setSyncStatus = (status: SyncStatus) => statusItem.setValue(status);
export const watchSyncStatus = (onChange: (status: SyncStatus) => void): Unwatch =>
  statusItem.watch((next) => onChange({ ...EMPTY_STATUS, ...next }));
