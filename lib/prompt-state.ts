/** What the worker has shown, snoozed and scheduled: kept in storage.local so a restarted worker knows. */
import { storage } from 'wxt/utils/storage';
import { EMPTY_PROMPT_STATE, type PromptState } from './schedule';

export const promptStateItem = storage.defineItem<PromptState>('local:prompts', {
  fallback: EMPTY_PROMPT_STATE,
  version: 1,
});

/** The stored state, completed with defaults for anything an older version did not store. */
export async function getPromptState(): Promise<PromptState> {
  return { ...EMPTY_PROMPT_STATE, ...(await promptStateItem.getValue()) };
}
