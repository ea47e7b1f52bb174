import type { SetupStep } from '../../../lib/domain/setup-steps';

/**
 * Each setup step's heading, and its short name in the list of steps. Kept apart from the page (no
 * React) so the end-to-end tests can wait for the heading of the step they opened.
 */
export const SETUP_TITLES: Record<SetupStep, { title: string; label: string }> = {
  welcome: { title: 'Welcome to Flourish', label: 'Welcome' },
  purpose: { title: 'Your purpose', label: 'Purpose' },
  values: { title: 'Your values', label: 'Values' },
  strengths: { title: 'Your strengths', label: 'Strengths' },
  vision: { title: 'Your vision', label: 'Vision' },
  goals: { title: 'Your goals', label: 'Goals' },
  'review-time': { title: 'Your end-of-day review', label: 'Review time' },
  done: { title: 'You’re set', label: 'Done' },
};
