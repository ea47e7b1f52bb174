/** Where the user is in the first-run setup, so closing the page resumes at the same step. */
import { storage } from 'wxt/utils/storage';
import type { SetupState, SetupStep } from '../domain/setup-steps';

export type { SetupState } from '../domain/setup-steps';

export const setupItem = storage.defineItem<SetupState>('local:setup', {
  fallback: { step: 'welcome', completedAt: null },
  version: 1,
});
/** Records the step the user is on, and completion when they reach the end. */
export async function recordSetupStep(step: SetupStep, now: number = Date.now()): Promise<void> {
  const current = await setupItem.getValue();
  await setupItem.setValue({
    step,
    completedAt: step === 'done' ? (current.completedAt ?? now) : current.completedAt,
  });
}
