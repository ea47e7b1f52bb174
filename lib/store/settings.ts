/**
 * Settings the background worker must read (review time, workdays, prompts), kept in
 * `browser.storage.local` through WXT's typed storage items. Backups include them. What they may
 * hold is in lib/domain/settings.ts.
 */
import { storage } from 'wxt/utils/storage';
import { exclusive } from '../platform/exclusive';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../domain/settings';

export { DEFAULT_SETTINGS, SNOOZE_CHOICES, validateSettings, type Settings } from '../domain/settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The settings, with defaults for anything missing (older or partial stored values). */
export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
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
