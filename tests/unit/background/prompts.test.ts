import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import {
  notificationId,
  notificationOptions,
  onNotificationClicked,
  promptOf,
  reschedule,
} from '../../../entrypoints/background/prompts';
import { ALARMS } from '../../../lib/alarms';
import { addCommitment, markCommitmentDone } from '../../../lib/db/commitments';
import { completeReview } from '../../../lib/db/reviews';
import { promptStateItem } from '../../../lib/prompt-state';
import { EMPTY_PROMPT_STATE } from '../../../lib/schedule';
import { settingsItem, DEFAULT_SETTINGS } from '../../../lib/settings';

// The machine's zone in these tests is whatever the runner has; pin it through the settings day
// instead: every day is a workday, so the weekday the test runs on does not matter.
const EVERY_DAY = { ...DEFAULT_SETTINGS, workdays: [0, 1, 2, 3, 4, 5, 6], weeklyReviewDay: null };
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function alarms(name: string) {
  return (await fakeBrowser.alarms.getAll()).filter((alarm) => alarm.name === name);
}

async function notifications() {
  return Object.keys(await fakeBrowser.notifications.getAll());
}

/** Fires an alarm as the browser would. */
const fire = (name: string) =>
  fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now(), persistAcrossSessions: false });

/** Waits for everything the worker queued so far to finish. */
const settle = () => reschedule();

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  await settingsItem.setValue(EVERY_DAY);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the background worker', () => {
  it('has exactly one prompt alarm and one midnight alarm after install', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settle();
    expect(await alarms(ALARMS.prompt)).toHaveLength(1);
    expect(await alarms(ALARMS.dayStart)).toHaveLength(1);
    expect((await alarms(ALARMS.prompt))[0]!.scheduledTime).toBe(new Date(2026, 10, 25, 17, 30).getTime());
  });

  it('still has one of each after an update, and after main runs twice (a worker restart)', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await settle();
    fakeBrowser.reset();
    await settingsItem.setValue(EVERY_DAY);
    background.main();
    background.main();
    await settle();
    expect(await alarms(ALARMS.prompt)).toHaveLength(1);
    expect(await alarms(ALARMS.dayStart)).toHaveLength(1);
    expect((await alarms(ALARMS.prompt))[0]!.periodInMinutes).toBeUndefined();
  });

  it('an alarm at review time produces exactly one notification, with the day’s progress', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const a = await addCommitment('2026-11-25', 'Board update');
    await addCommitment('2026-11-25', 'One-to-one with Sam');
    await markCommitmentDone(a.id);

    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await fire(ALARMS.prompt);
    await fire(ALARMS.prompt);
    background.main();
    await settle();

    const ids = await notifications();
    expect(ids).toEqual([notificationId({ kind: 'daily-review', key: '2026-11-25', day: '2026-11-25' })]);
    // Not twice with the same id (which would replace it silently): created exactly once.
    expect(create).toHaveBeenCalledTimes(1);
    const options = fakeBrowser.notifications.getAllCreateOptions()[ids[0]!]!;
    expect(options).toMatchObject({
      title: 'How did today go?',
      message: expect.stringContaining('1 of 2 done'),
    });
    expect(options.buttons?.map((b) => b.title)).toEqual(['Reflect now', 'Snooze 15 min']);
    // The next prompt is tomorrow's.
    expect((await alarms(ALARMS.prompt))[0]!.scheduledTime).toBe(new Date(2026, 10, 26, 17, 30).getTime());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('“Snooze” clears the notification and brings it back once after the snooze length', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    background.main();
    await settle();
    const [id] = await notifications();
    await fakeBrowser.notifications.onButtonClicked.trigger(id!, 1);
    await settle();
    expect(await notifications()).toEqual([]);
    expect((await alarms(ALARMS.prompt))[0]!.scheduledTime).toBe(new Date(2026, 10, 25, 17, 45).getTime());

    vi.setSystemTime(new Date(2026, 10, 25, 17, 45));
    await fire(ALARMS.prompt);
    await settle();
    expect(await notifications()).toEqual([id]);
    expect((await promptStateItem.getValue()).snoozed).toBeNull();
    expect((await alarms(ALARMS.prompt))[0]!.scheduledTime).toBe(new Date(2026, 10, 26, 17, 30).getTime());
  });

  it('“Reflect now” and a click open the day’s review (in a tab where the popup cannot open)', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    background.main();
    await settle();
    const [id] = await notifications();
    await fakeBrowser.notifications.onButtonClicked.trigger(id!, 0);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
        'chrome-extension://test-extension-id/review.html?day=2026-11-25',
      ),
    );
    expect(await notifications()).toEqual([]);

    await fakeBrowser.notifications.onClicked.trigger(id!);
    await vi.waitFor(async () =>
      expect(
        (await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('review.html?day=2026-11-25')),
      ).toHaveLength(2),
    );
  });

  it('does not prompt for a day whose review is already written', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 17, 0));
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    await completeReview(
      '2026-11-25',
      { outcomes: [], wentWell: 'Good day', strengthsUsed: [], learned: '', tomorrowFocus: '' },
      { carryTo: '2026-11-26' },
    );
    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    background.main();
    await settle();
    expect(await notifications()).toEqual([]);
    expect(ZONE).toBeTruthy();
  });

  it('opens the popup on today’s review where the browser allows it, and no tab', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    background.main();
    await settle();
    const before = (await fakeBrowser.tabs.query({})).length;
    const [id] = await notifications();
    await onNotificationClicked(id!);
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });

  it('opens an earlier day’s review in its page, even where the popup could open', async () => {
    vi.setSystemTime(new Date(2026, 10, 26, 9, 0));
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    await onNotificationClicked(
      notificationId({ kind: 'daily-review', key: '2026-11-25', day: '2026-11-25' }),
    );
    expect(openPopup).not.toHaveBeenCalled();
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
      'chrome-extension://test-extension-id/review.html?day=2026-11-25',
    );
  });

  it('gives Chrome Reflect now and Snooze buttons, and Firefox none (a click opens the review there)', () => {
    const text = { title: 'How did today go?', message: '1 of 2 done.' };
    expect(notificationOptions(text, 'icon.png', 15, true)).toMatchObject({
      buttons: [{ title: 'Reflect now' }, { title: 'Snooze 15 min' }],
      requireInteraction: true,
    });
    const firefox = notificationOptions(text, 'icon.png', 15, false);
    expect(firefox).toEqual({ type: 'basic', iconUrl: 'icon.png', ...text });
  });

  it('moves the midnight alarm when the time zone changes under it', async () => {
    vi.setSystemTime(new Date('2026-11-25T12:00:00Z'));
    await promptStateItem.setValue({
      ...EMPTY_PROMPT_STATE,
      firstDay: '2026-11-25',
      timeZone: 'Pacific/Auckland',
    });
    await reschedule(Date.now(), 'Europe/London');
    expect((await alarms(ALARMS.dayStart))[0]?.scheduledTime).toBe(Date.parse('2026-11-26T00:00:00Z'));
    expect((await promptStateItem.getValue()).timeZone).toBe('Europe/London');
  });

  it('reads a prompt back from its notification id, and ignores other ids', () => {
    const prompt = { kind: 'weekly-review' as const, key: '2026-W48', day: '2026-11-27' };
    expect(promptOf(notificationId(prompt))).toEqual(prompt);
    expect(promptOf('someone-else')).toBeNull();
  });
});
