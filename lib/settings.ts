/**
 * Settings the background worker must read (review time, workdays, prompts), kept in
 * `browser.storage.local` through WXT's typed storage items. Backups include them.
 */
import { storage } from 'wxt/utils/storage';
import { parseTime } from './days';
import { exclusive } from './exclusive';
import { ValidationError } from './validation';

export interface Settings {
  /** End-of-day review time, local `HH:MM`. */
  reviewTime: string;
  /** Days on which a review is expected: 0 = Sunday … 6 = Saturday. */
  workdays: number[];
  /** Whether Flourish shows notifications at all. */
  promptsEnabled: boolean;
  snoozeMinutes: number;
  /** Optional morning planning prompt, local `HH:MM`, or null for none. */
  morningTime: string | null;
  /** Weekday of the weekly zoom-out, or null for none. */
  weeklyReviewDay: number | null;
}

export const DEFAULT_SETTINGS: Settings = {
  reviewTime: '17:30',
  workdays: [1, 2, 3, 4, 5],
  promptsEnabled: true,
  snoozeMinutes: 15,
  morningTime: null,
  weeklyReviewDay: 5,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The settings, with defaults for anything missing (older or partial stored values). */
export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Refuses settings the scheduler could not use, with a message naming the field. */
export function validateSettings(settings: Settings): Settings {
  if (parseTime(settings.reviewTime) === null)
    throw new ValidationError('The review time must be a time like 17:30.');
  if (settings.morningTime !== null && parseTime(settings.morningTime) === null) {
    throw new ValidationError('The morning prompt time must be a time like 08:30.');
  }
  const weekdays = settings.workdays;
  if (
    !weekdays.every((day) => Number.isInteger(day) && day >= 0 && day <= 6) ||
    new Set(weekdays).size !== weekdays.length
  ) {
    throw new ValidationError('Workdays must be days of the week.');
  }
  if (
    !Number.isInteger(settings.snoozeMinutes) ||
    settings.snoozeMinutes < 1 ||
    settings.snoozeMinutes > 240
  ) {
    throw new ValidationError('Snooze must be between 1 and 240 minutes.');
  }
  if (
    settings.weeklyReviewDay !== null &&
    !(settings.weeklyReviewDay >= 0 && settings.weeklyReviewDay <= 6)
  ) {
    throw new ValidationError('The weekly review day must be a day of the week.');
  }
  return { ...settings, workdays: [...weekdays].sort((a, b) => a - b) };
}

/**
 * Saves changes to the settings after validating the result. Changes given as a function are worked
 * out from the settings as stored at that moment (a workday ticked here keeps one another tab
 * unticked); one page's read and write never interleave with another's.
 */
export function updateSettings(
  changes: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  return exclusive('flourish:settings', async () => {
    const current = await getSettings();
    const next = validateSettings({
      ...current,
      ...(typeof changes === 'function' ? changes(current) : changes),
    });
    await settingsItem.setValue(next);
    return next;
  });
}
