import { t } from '../../../lib/i18n';
import type { SetupStep } from '../../../lib/domain/setup-steps';

/** A step's heading and short name, each read when asked, in the language in force. */
const titles = (title: () => string, label: () => string) => ({
  get title() {
    return title();
  },
  get label() {
    return label();
  },
});

/**
 * Each setup step's heading, and its short name in the list of steps. Kept apart from the page (no
 * React) so the end-to-end tests can wait for the heading of the step they opened.
 */
export const SETUP_TITLES: Record<SetupStep, { title: string; label: string }> = {
  welcome: titles(
    () => t('setup:titles.welcome'),
    () => t('setup:labels.welcome'),
  ),
  purpose: titles(
    () => t('setup:titles.purpose'),
    () => t('setup:labels.purpose'),
  ),
  values: titles(
    () => t('setup:titles.values'),
    () => t('setup:labels.values'),
  ),
  strengths: titles(
    () => t('setup:titles.strengths'),
    () => t('setup:labels.strengths'),
  ),
  vision: titles(
    () => t('setup:titles.vision'),
    () => t('setup:labels.vision'),
  ),
  goals: titles(
    () => t('setup:titles.goals'),
    () => t('setup:labels.goals'),
  ),
  'review-time': titles(
    () => t('setup:titles.reviewTime'),
    () => t('setup:labels.reviewTime'),
  ),
  done: titles(
    () => t('setup:titles.done'),
    () => t('setup:labels.done'),
  ),
};
