import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { reschedule } from '../../../entrypoints/background/prompts';

type Level = 'granted' | 'denied';
const notifications = fakeBrowser.notifications as unknown as { getPermissionLevel?: () => Promise<Level> };

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
  background.main();
  await reschedule(); // the worker's start-up jobs are done
});

afterEach(async () => {
  await reschedule();
  delete notifications.getPermissionLevel;
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const ask = () => fakeBrowser.runtime.onMessage.trigger({ type: 'test-prompt' }, {}, () => undefined);

describe('“test-prompt”: a sample notification, now', () => {
  it('shows it and answers that it was shown', async () => {
    notifications.getPermissionLevel = async () => 'granted';
    expect(await ask()).toEqual([{ shown: true }]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({ 'flourish-prompt-test': true });
  });

  it('answers “refused”, and shows nothing, when the browser does not allow Flourish’s notifications', async () => {
    notifications.getPermissionLevel = async () => 'denied';
    expect(await ask()).toEqual([{ shown: false, refused: true }]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('answers “not shown” when the browser fails to create it for another reason', async () => {
    notifications.getPermissionLevel = async () => 'granted';
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('Unable to show'));
    expect(await ask()).toEqual([{ shown: false, refused: false }]);
  });

  it('shows it where the browser cannot say whether it allows notifications (Firefox)', async () => {
    expect(await ask()).toEqual([{ shown: true }]);
  });
});
