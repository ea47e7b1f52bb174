/** The first-run setup's steps, in order (pure: no storage, so tests and pages can share it). */
import type { z } from 'zod';
import type { setupSchema } from './entities/setup';

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

/** Where the user is in the setup (lib/domain/entities/setup.ts). */
export type SetupState = z.output<typeof setupSchema>;

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
