/** The extension storage items (lib/store/storage-items) as live React values; undefined while loading. */
import { useEffect, useState } from 'react';
import {
  getLastBackup,
  getSettings,
  getSetup,
  getSyncChoice,
  getSyncStatus,
  readPromptState,
  watchLastBackup,
  watchPromptState,
  watchSettings,
  watchSetup,
  watchSyncChoice,
  watchSyncStatus,
  type LastBackup,
  type SyncChoice,
  type SyncStatus,
  type Unwatch,
} from '../lib/store/storage-items';
import type { PromptStateView } from '../lib/domain/prompt-schedule';
import type { Settings } from '../lib/domain/settings';
import type { SetupState } from '../lib/domain/setup-steps';

/** The value `read` gives, then each one `watch` reports. */
function useStored<T>(
  read: () => Promise<T>,
  watch: (onChange: (value: T) => void) => Unwatch,
): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let active = true;
    void read().then((initial) => active && setValue(initial));
    const unwatch = watch((next) => setValue(next));
    return () => {
      active = false;
      unwatch();
    };
  }, [read, watch]);
  return value;
}

/** The settings, defaults filled in, as stored now (changed in another tab too). */
export const useSettings = (): Settings | undefined => useStored(getSettings, watchSettings);

/** The first-run setup progress. */
export const useSetup = (): SetupState | undefined => useStored(getSetup, watchSetup);

/** When this device last made a backup. */
export const useLastBackup = (): LastBackup | undefined => useStored(getLastBackup, watchLastBackup);

/** The worker's prompt state, read only. */
export const usePromptState = (): PromptStateView | undefined => useStored(readPromptState, watchPromptState);

/** Whether sync is on on this device. */
export const useSyncChoice = (): SyncChoice | undefined => useStored(getSyncChoice, watchSyncChoice);

/** What the last sync pass did. */
export const useSyncStatus = (): SyncStatus | undefined => useStored(getSyncStatus, watchSyncStatus);
