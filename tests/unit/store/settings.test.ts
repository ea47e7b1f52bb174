import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '../../../lib/store/settings';
import { recordSetupStep, setupItem } from '../../../lib/store/setup';
import { nextStep, previousStep } from '../../../lib/domain/setup-steps';

describe('settings', () => {
  it('starts from the defaults: 17:30 on weekdays, prompts on, 15-minute snooze, weekly review on Friday', async () => {
    expect(await getSettings()).toEqual({
      reviewTime: '17:30',
      workdays: [1, 2, 3, 4, 5],
      promptsEnabled: true,
      snoozeMinutes: 15,
      morningTime: null,
      weeklyReviewDay: 5,
    });
  });

  it('saves the review time where the background worker reads it', async () => {
    await updateSettings({ reviewTime: '18:15' });
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toMatchObject({ reviewTime: '18:15' });
  });

  it.each([
    [{ reviewTime: '25:00' }, 'The review time must be a time like 17:30.'],
    [{ workdays: [1, 9] }, 'Workdays must be days of the week.'],
    [{ workdays: [1, 2, 1] }, 'Each workday can be chosen only once.'],
    [{ snoozeMinutes: 0 }, 'Snooze must be 5, 10, 15, 30 or 60 minutes.'],
    [{ snoozeMinutes: 20 }, 'Snooze must be 5, 10, 15, 30 or 60 minutes.'],
    [{ weeklyReviewDay: 2.5 }, 'The weekly review day must be a day of the week.'],
    [{ morningTime: '8am' }, 'The morning prompt time must be a time like 08:30.'],
  ])('refuses %j and keeps what was saved', async (changes, message) => {
    await expect(updateSettings(changes)).rejects.toThrow(message);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('fills in defaults for fields an older version did not store', async () => {
    await fakeBrowser.storage.local.set({ settings: { reviewTime: '16:00' } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, reviewTime: '16:00' });
  });
});

describe('setup progress', () => {
  it('walks the steps in order', () => {
    expect(nextStep('welcome')).toBe('purpose');
    expect(nextStep('goals')).toBe('review-time');
    expect(nextStep('done')).toBe('done');
    expect(previousStep('purpose')).toBe('welcome');
    expect(previousStep('welcome')).toBe('welcome');
  });

  it('remembers the step and when setup was completed', async () => {
    await recordSetupStep('strengths', 1000);
    expect(await setupItem.getValue()).toEqual({ step: 'strengths', completedAt: null });
    await recordSetupStep('done', 2000);
    await recordSetupStep('vision', 3000);
    expect(await setupItem.getValue()).toEqual({ step: 'vision', completedAt: 2000 });
  });
});
