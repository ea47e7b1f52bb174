/**
 * What the worker has shown, snoozed and scheduled: kept in storage.local so a restarted worker
 * knows. The worker's alone: defining this item migrates the stored value, so only the worker loads
 * this module. Pages read the same key, completed the same way, through lib/store/storage-items
 * (a test walks their imports).
 */
import { storage } from 'wxt/utils/storage';
import { localTimeZone } from '../../lib/platform/clock';
import { completePromptState, promptStateV2 } from '../../lib/domain/prompt-migration';
import { EMPTY_PROMPT_STATE, type PromptState } from '../../lib/domain/prompt-schedule';
import { getSettings, PROMPT_STATE_KEY } from '../../lib/store/storage-items';

export const promptStateItem = storage.defineItem<PromptState>(PROMPT_STATE_KEY, {
  fallback: EMPTY_PROMPT_STATE,
  version: 2,
  migrations: {
    // Weekly zoom-outs re-keyed by the week they look back on; snoozes became a list.
    2: async (stored: unknown) => promptStateV2(stored, await getSettings(), localTimeZone(), Date.now()),
  },
});

/** The stored state, completed with defaults for anything an older version did not store. */
export async function getPromptState(): Promise<PromptState> {
  return completePromptState(await promptStateItem.getValue());
}
