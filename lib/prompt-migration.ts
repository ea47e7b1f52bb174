/**
 * The stored prompt state as older versions of Flourish wrote it, brought up to date. Pure: the
 * storage item (lib/prompt-state) runs it once, with the settings and the clock.
 */
import { EMPTY_PROMPT_STATE, type PromptState, type SnoozedPrompt } from './schedule';

type StoredV1 = Partial<Omit<PromptState, 'snoozed'>> & { snoozed?: SnoozedPrompt | SnoozedPrompt[] | null };

/**
 * Any stored state (of version 1 or 2) in the current shape: defaults for fields an older version
 * did not store, and a snooze as a list (version 1 kept one snoozed prompt, or null).
 */
export function completePromptState(stored: unknown): PromptState {
  const value = (stored ?? {}) as StoredV1;
  const snoozed = value.snoozed ? (Array.isArray(value.snoozed) ? value.snoozed : [value.snoozed]) : [];
  return { ...EMPTY_PROMPT_STATE, ...value, shown: { ...value.shown }, snoozed };
}
