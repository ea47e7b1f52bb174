/**
 * Everything Flourish keeps in extension storage (`browser.storage.local`): the settings, the
 * first-run setup progress, when the last backup was made, and the prompt state as pages read it.
 * Each is read here with its defaults filled in (a value stored by an older version, or partly
 * written, lacks fields), so no caller fills them again; the WXT items stay in this module and
 * callers read, write and watch through the functions below. Backups carry the first three.
 */
import { storage } from 'wxt/utils/storage';
import { exclusive } from '../platform/exclusive';
import { completePromptState } from '../domain/prompt-migration';
import { EMPTY_PROMPT_STATE, type PromptStateView } from '../domain/prompt-schedule';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../domain/settings';
import type { SetupState, SetupStep } from '../domain/setup-steps';
import { MAX_WEEKS } from '../domain/sync/plan';
import type { SyncTable } from '../domain/sync/tables';
import type { ReadNote } from '../domain/sync/wire';

/** Stops a watch. */
export type Unwatch = () => void;

// Settings ------------------------------------------------------------------------------------

const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Held by every write of the settings, so one page's read and write never interleave with another's. */
const SETTINGS_LOCK = 'flourish:settings';

const fillSettings = (stored: Partial<Settings> | null): Settings => ({ ...DEFAULT_SETTINGS, ...stored });

/** The settings, with defaults for anything missing (older or partial stored values). */
export async function getSettings(): Promise<Settings> {
  return fillSettings(await settingsItem.getValue());
}

/**
 * Saves changes to the settings after validating the result. Changes given as a function are worked
 * out from the settings as stored at that moment (a workday ticked here keeps one another tab
 * unticked); one page's read and write never interleave with another's.
 */
export function updateSettings(
  changes: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  return exclusive(SETTINGS_LOCK, async () => {
    const current = await getSettings();
    const next = validateSettings({
      ...current,
      ...(typeof changes === 'function' ? changes(current) : changes),
    });
    // A setting changed to `undefined` is removed, not kept as an empty key: absent means "follow
    // the default" (the browser's language), and Firefox's storage would keep the key.
    const kept = Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined));
    await settingsItem.setValue(kept as Settings);
    return kept as Settings;
  });
}

/** Calls `onChange` with the settings, defaults filled in, whenever any page or a restore changes them. */
export function watchSettings(onChange: (settings: Settings) => void): Unwatch {
  return settingsItem.watch((next) => onChange(fillSettings(next)));
}

// Setup progress ------------------------------------------------------------------------------

// Where the user is in the first-run setup, so closing the page resumes at the same step.
const NOT_SET_UP: SetupState = { step: 'welcome', completedAt: null };

const setupItem = storage.defineItem<SetupState>('local:setup', { fallback: NOT_SET_UP, version: 1 });

const fillSetup = (stored: Partial<SetupState> | null): SetupState => ({ ...NOT_SET_UP, ...stored });

/** The setup progress; a fresh install is at the welcome step, never completed. */
export async function getSetup(): Promise<SetupState> {
  return fillSetup(await setupItem.getValue());
}

/** Records the step the user is on, and completion when they reach the end. */
export async function recordSetupStep(step: SetupStep, now: number = Date.now()): Promise<void> {
  const current = await getSetup();
  await setupItem.setValue({
    step,
    completedAt: step === 'done' ? (current.completedAt ?? now) : current.completedAt,
  });
}

/** Calls `onChange` with the setup progress whenever it changes. */
export function watchSetup(onChange: (setup: SetupState) => void): Unwatch {
  return setupItem.watch((next) => onChange(fillSetup(next)));
}

// The last backup -----------------------------------------------------------------------------

/** When this device last made a backup, for the reminder (lib/domain/backup/reminder). */
export interface LastBackup {
  /** Null until the first backup. */
  lastExportAt: number | null;
}

const NO_BACKUP: LastBackup = { lastExportAt: null };

const backupItem = storage.defineItem<LastBackup>('local:backup', { fallback: NO_BACKUP, version: 1 });

const fillBackup = (stored: Partial<LastBackup> | null): LastBackup => ({ ...NO_BACKUP, ...stored });

/** When the last backup was made on this device. */
export async function getLastBackup(): Promise<LastBackup> {
  return fillBackup(await backupItem.getValue());
}

/** Records a finished export. */
export async function recordExport(now: number = Date.now()): Promise<void> {
  await backupItem.setValue({ lastExportAt: now });
}

/** Calls `onChange` with the last backup whenever a backup or a restore changes it. */
export function watchLastBackup(onChange: (backup: LastBackup) => void): Unwatch {
  return backupItem.watch((next) => onChange(fillBackup(next)));
}

// What a restore writes -----------------------------------------------------------------------

/** What a restore (lib/store/backup/journal) puts in extension storage once its data is in. */
export interface RestoredItems {
  settings?: Settings;
  setup?: SetupState;
  /** The backup this device holds now (lib/domain/backup/reminder). */
  lastExportAt?: number;
}

/** Writes what a restore brings in one storage write, never between a page's read and write of the settings. */
export async function saveRestoredItems(restored: RestoredItems): Promise<void> {
  const writes = [
    restored.settings && { item: settingsItem, value: restored.settings },
    restored.setup && { item: setupItem, value: restored.setup },
    restored.lastExportAt !== undefined && {
      item: backupItem,
      value: { lastExportAt: restored.lastExportAt },
    },
  ].filter((write) => !!write);
  if (writes.length > 0) await exclusive(SETTINGS_LOCK, () => storage.setItems(writes));
}

// The prompt state, as pages read it ----------------------------------------------------------

/**
 * The worker's prompt state: what it has shown, snoozed and scheduled. Only the worker writes it,
 * and only the worker's item (entrypoints/background/prompt-state, under this key) migrates it: an
 * item with migrations migrates wherever it is defined, and a page migrating while the worker's
 * first look writes could put the older state back over it (read, migrate, write: no storage call
 * spans the three). So the item here has no version and is never written; a test checks no page
 * loads the worker's.
 *
 * Until the worker has run once after an update, what pages read is an older version's value: they
 * read only what every version has stored alike (`PromptStateView`), completed as the worker
 * completes its own (`completePromptState`).
 */
export const PROMPT_STATE_KEY = 'local:prompts';

const promptStateView = storage.defineItem<PromptStateView>(PROMPT_STATE_KEY, {
  fallback: EMPTY_PROMPT_STATE,
});

/** The stored prompt state as pages see it, with defaults for anything not stored. */
export async function readPromptState(): Promise<PromptStateView> {
  return completePromptState(await promptStateView.getValue());
}

/** Calls `onChange` with the prompt state, completed, whenever the worker writes it. */
export function watchPromptState(onChange: (state: PromptStateView) => void): Unwatch {
  return promptStateView.watch((next) => onChange(completePromptState(next)));
}

// Sync ----------------------------------------------------------------------------------------

// Whether the leader turned sync on here, and what the last pass did (lib/store/sync), for Settings.
// Kept in storage.local: never synced themselves. Unversioned: a versioned item reads itself as
// the worker starts, and the worker with sync off does no more than it did before sync.

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
  /** When this device last wrote its items (null: never). */
  sentAt: number | null;
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
  sentAt: null,
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

const choiceItem = storage.defineItem<SyncChoice>('local:syncChoice', { fallback: NO_SYNC });
const statusItem = storage.defineItem<SyncStatus>('local:syncStatus', { fallback: EMPTY_STATUS });

/** Whether sync is on here, and this device's id. */
export const getSyncChoice = async (): Promise<SyncChoice> => ({
  ...NO_SYNC,
  ...(await choiceItem.getValue()),
});
export const setSyncChoice = (choice: SyncChoice) => choiceItem.setValue(choice);
export const watchSyncChoice = (onChange: (choice: SyncChoice, previous: SyncChoice) => void): Unwatch =>
  choiceItem.watch((next, previous) => onChange({ ...NO_SYNC, ...next }, { ...NO_SYNC, ...previous }));

/** What the last sync pass did. */
export const getSyncStatus = async (): Promise<SyncStatus> => ({
  ...EMPTY_STATUS,
  ...(await statusItem.getValue()),
});
export const setSyncStatus = (status: SyncStatus) => statusItem.setValue(status);
export const watchSyncStatus = (onChange: (status: SyncStatus) => void): Unwatch =>
  statusItem.watch((next) => onChange({ ...EMPTY_STATUS, ...next }));
