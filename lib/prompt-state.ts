/** What the worker has shown, snoozed and scheduled: kept in storage.local so a restarted worker knows. */
import { storage } from 'wxt/utils/storage';
import { completePromptState } from './prompt-migration';
import { EMPTY_PROMPT_STATE, type PromptState } from './schedule';

export const promptStateItem = storage.defineItem<PromptState>('local:prompts', {
  fallback: EMPTY_PROMPT_STATE,
  version: 2,
  migrations: {
    // Snoozes became a list: one notification may name several prompts.
    2: (stored: unknown) => completePromptState(stored),
  },
});

/** The stored state, completed with defaults for anything an older version did not store. */
export async function getPromptState(): Promise<PromptState> {
  return completePromptState(await promptStateItem.getValue());
}
