/**
 * The prompt state as pages read it. Only the worker writes the state, and only the worker's item
 * (entrypoints/background/prompt-state) migrates it: an item with migrations migrates wherever it is defined, and a
 * page migrating while the worker's first look writes could put the older state back over it
 * (read, migrate, write: no storage call spans the three). So pages define the same key with no
 * version and never write it; a test checks no page loads entrypoints/background/prompt-state.
 *
 * Until the worker has run once after an update, what pages read is an older version's value: they
 * read only what every version has stored alike (`PromptStateView`).
 */
import { storage } from 'wxt/utils/storage';
import { completePromptState } from '../domain/prompt-migration';
import { EMPTY_PROMPT_STATE, type PromptStateView } from '../domain/prompt-schedule';

export const PROMPT_STATE_KEY = 'local:prompts';

/** The stored value, read only; for `useStorageItem` and `watch`. */
export const promptStateView = storage.defineItem<PromptStateView>(PROMPT_STATE_KEY, {
  fallback: EMPTY_PROMPT_STATE,
});

/** The stored state as pages see it, with defaults for anything not stored. */
export async function readPromptState(): Promise<PromptStateView> {
  return completePromptState(await promptStateView.getValue());
}
