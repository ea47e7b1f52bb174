import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completePromptState } from '../../../lib/prompt-migration';
import { getPromptState, promptStateItem } from '../../../lib/prompt-state';

const snoozed = { kind: 'daily-review', key: '2026-11-30', day: '2026-11-30', until: 1796062560000 };
const v1 = {
  shown: { 'daily-review': '2026-11-30' },
  snoozed,
  timeZone: 'Europe/London',
  firstDay: '2026-11-02',
};

describe('stored prompt state from version 1', () => {
  it('turns a snoozed prompt into a list, and fills in what older versions did not store', () => {
    expect(completePromptState(v1)).toEqual({
      ...v1,
      snoozed: [snoozed],
      installedAt: null,
      alarmAt: null,
      showing: null,
    });
    expect(completePromptState({ ...v1, snoozed: null }).snoozed).toEqual([]);
    expect(completePromptState(null)).toMatchObject({
      shown: {},
      snoozed: [],
      showing: null,
      firstDay: null,
    });
  });
});

describe('the storage item', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.set({ prompts: v1 });
  });

  it('migrates the stored version 1 value once, and stamps it version 2', async () => {
    await promptStateItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['prompts', 'prompts$']);
    expect(stored['prompts$']).toEqual({ v: 2 });
    expect((await getPromptState()).snoozed).toEqual([snoozed]);
  });
});
