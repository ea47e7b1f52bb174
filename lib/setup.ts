/** Where the user is in the first-run setup, so closing the page resumes at the same step. */
import { storage } from 'wxt/utils/storage';

export const SETUP_STEPS = [
  'welcome',
  'purpose',
  'values',
  'strengths',
  'vision',
  'goals',
  'review-time',
  'done',
] as const;

export type SetupStep = (typeof SETUP_STEPS)[number];

export interface SetupState {
  step: SetupStep;
  /** When the user reached the last step; null until then. */
  completedAt: number | null;
}

export const setupItem = storage.defineItem<SetupState>('local:setup', {
  fallback: { step: 'welcome', completedAt: null },
  version: 1,
});

export function isSetupStep(value: string): value is SetupStep {
  return (SETUP_STEPS as readonly string[]).includes(value);
}

/** The step after `step` (the last step stays put). */
export function nextStep(step: SetupStep): SetupStep {
  return SETUP_STEPS[Math.min(SETUP_STEPS.indexOf(step) + 1, SETUP_STEPS.length - 1)]!;
}

/** The step before `step` (the first step stays put). */
export function previousStep(step: SetupStep): SetupStep {
  return SETUP_STEPS[Math.max(SETUP_STEPS.indexOf(step) - 1, 0)]!;
}

/** Records the step the user is on, and completion when they reach the end. */
export async function recordSetupStep(step: SetupStep, now: number = Date.now()): Promise<void> {
  const current = await setupItem.getValue();
  await setupItem.setValue({
    step,
    completedAt: step === 'done' ? (current.completedAt ?? now) : current.completedAt,
  });
}
