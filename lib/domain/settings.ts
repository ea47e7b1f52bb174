/**
 * What the settings are and which values they may take: pure, so the Settings editor, the worker
 * and a restored backup (checked off the page, in a Web Worker) share one rule.
 */
import type { z } from 'zod';
import { parseTime } from './days';
import { HORIZON_CHOICES } from './horizons';
import type { settingsShape } from './entities/settings';
import { ValidationError } from './validation';
import { t } from '../i18n';
import { isLanguageChoice } from '../i18n/languages';

/** What each setting holds is in its schema (lib/domain/entities/settings.ts). */
export type Settings = z.output<typeof settingsShape>;

/** The snooze lengths Settings offers, in minutes; no other is stored (`errors:settings.snooze` names them). */
export const SNOOZE_CHOICES: readonly number[] = [5, 10, 15, 30, 60];

export const DEFAULT_SETTINGS: Settings = {
  reviewTime: '17:30',
  workdays: [1, 2, 3, 4, 5],
  promptsEnabled: true,
  snoozeMinutes: 15,
  morningTime: null,
  weeklyReviewDay: 5,
  newTabHorizon: 'inTurn',
  sessionReminder: true,
};

const isWeekday = (day: unknown) => Number.isInteger(day) && (day as number) >= 0 && (day as number) <= 6;

/** Refuses settings the scheduler could not use, with a message naming the field. */
export function validateSettings(settings: Settings): Settings {
  if (parseTime(settings.reviewTime) === null) throw new ValidationError(t('errors:settings.reviewTime'));
  if (settings.morningTime !== null && parseTime(settings.morningTime) === null) {
    throw new ValidationError(t('errors:settings.morningTime'));
  }
  const weekdays = settings.workdays;
  if (!weekdays.every(isWeekday)) throw new ValidationError(t('errors:settings.workdays'));
  if (new Set(weekdays).size !== weekdays.length)
    throw new ValidationError(t('errors:settings.workdayTwice'));
  if (!SNOOZE_CHOICES.includes(settings.snoozeMinutes))
    throw new ValidationError(t('errors:settings.snooze'));
  if (settings.weeklyReviewDay !== null && !isWeekday(settings.weeklyReviewDay)) {
    throw new ValidationError(t('errors:settings.weeklyDay'));
  }
  if (settings.newTabHorizon !== undefined && !HORIZON_CHOICES.includes(settings.newTabHorizon)) {
    throw new ValidationError(t('errors:settings.newTab'));
  }
  if (settings.sessionReminder !== undefined && typeof settings.sessionReminder !== 'boolean') {
    throw new ValidationError(t('errors:settings.sessionReminder'));
  }
  if (settings.language !== undefined && !isLanguageChoice(settings.language)) {
    throw new ValidationError(t('errors:settings.language'));
  }
  return { ...settings, workdays: [...weekdays].sort((a, b) => a - b) };
}
