import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings';
import {
  getLastBackup,
  getSettings,
  getSetup,
  readPromptState,
  recordExport,
  recordSetupStep,
  updateSettings,
  watchPromptState,
  watchSettings,
} from '../../../lib/store/storage-items';
import { nextStep, previousStep } from '../../../lib/domain/setup-steps';
import { ROOT } from '../../support/imports';

describe('settings', () => {
  it('starts from the defaults: 17:30 on weekdays, prompts on, 15-minute snooze, weekly review on Friday, horizons in turn, the session reminder on', async () => {
    expect(await getSettings()).toEqual({
      reviewTime: '17:30',
      workdays: [1, 2, 3, 4, 5],
      promptsEnabled: true,
      snoozeMinutes: 15,
      morningTime: null,
      weeklyReviewDay: 5,
      newTabHorizon: 'inTurn',
      sessionReminder: true,
    });
  });

  it('keeps the new tab’s choice of horizon, and refuses one it does not offer', async () => {
    await updateSettings({ newTabHorizon: 'threeYears' });
    expect((await getSettings()).newTabHorizon).toBe('threeYears');
    await expect(updateSettings({ newTabHorizon: 'tenYears' as never })).rejects.toThrow(
      'The new tab shows now, in a year, in three years, or each in turn.',
    );
    expect((await getSettings()).newTabHorizon).toBe('threeYears');
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

  it('tells a watcher of a change with the defaults filled in too', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await fakeBrowser.storage.local.set({ settings: { reviewTime: '16:00' } });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, reviewTime: '16:00' }));
    unwatch();
  });

  it('tells a watcher the defaults when the settings are deleted', async () => {
    await updateSettings({ reviewTime: '16:00' });
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await fakeBrowser.storage.local.clear();
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(DEFAULT_SETTINGS));
    unwatch();
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

  it('starts at the welcome step, not completed', async () => {
    expect(await getSetup()).toEqual({ step: 'welcome', completedAt: null });
  });

  it('remembers the step and when setup was completed', async () => {
    await recordSetupStep('strengths', 1000);
    expect(await getSetup()).toEqual({ step: 'strengths', completedAt: null });
    await recordSetupStep('done', 2000);
    await recordSetupStep('vision', 3000);
    expect(await getSetup()).toEqual({ step: 'vision', completedAt: 2000 });
  });
});

describe('the last backup', () => {
  it('is none until the first export, then that export’s moment', async () => {
    expect(await getLastBackup()).toEqual({ lastExportAt: null });
    await recordExport(1_795_608_000_000);
    expect(await getLastBackup()).toEqual({ lastExportAt: 1_795_608_000_000 });
  });
});

describe('the prompt state as pages read it', () => {
  it('is empty on a fresh install', async () => {
    expect(await readPromptState()).toEqual({
      shown: {},
      snoozed: [],
      timeZone: null,
      firstDay: null,
      installedAt: null,
      alarmAt: null,
      showing: null,
    });
  });

  it('reads the value 0.1.0 stored, before the worker has migrated it, with what it lacks filled in', async () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/storage-prompts-v1.json', 'utf8')) as {
      prompts: object;
    };
    await fakeBrowser.storage.local.set({ prompts: fixture.prompts });
    expect(await readPromptState()).toMatchObject({
      shown: { 'daily-review': '2026-11-30' },
      timeZone: 'Europe/London',
      firstDay: '2026-11-02',
      alarmAt: 1796146200000,
      showing: null,
    });
  });

  it('tells a watcher of the worker’s writes, completed the same way', async () => {
    const seen = vi.fn();
    const unwatch = watchPromptState(seen);
    await fakeBrowser.storage.local.set({ prompts: { firstDay: '2026-11-02' } });
    await vi.waitFor(() =>
      expect(seen).toHaveBeenCalledWith(
        expect.objectContaining({ firstDay: '2026-11-02', shown: {}, showing: null }),
      ),
    );
    unwatch();
  });
});

describe('where storage items are defined', () => {
  it('in lib/store/storage-items alone, besides the worker’s own migrating prompt state', () => {
    const sources = ['lib', 'components', 'entrypoints'].flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => join(folder, file)),
    );
    const defining = sources.filter((file) =>
      /from 'wxt\/utils\/storage'/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(defining.sort()).toEqual(['entrypoints/background/prompt-state.ts', 'lib/store/storage-items.ts']);
  });
});
