import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { onNotificationClicked } from '../../../entrypoints/background/clicks';
import { notificationOptions } from '../../../entrypoints/background/notification';
import { reschedule } from '../../../entrypoints/background/prompts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALARMS, BACKSTOP_MS } from '../../../entrypoints/background/alarms';
import { addCommitment, dropCommitment, markCommitmentDone } from '../../../lib/store/db/commitments';
import { addRecurrence, ensureRecurringCommitments } from '../../../lib/store/db/recurrences';
import { completeReview } from '../../../lib/store/db/reviews';
import { saveWeeklyReview } from '../../../lib/store/db/weekly-reviews';
import { notificationId, promptsOf } from '../../../lib/domain/prompt-display';
import { promptStateItem } from '../../../entrypoints/background/prompt-state';
import { EMPTY_PROMPT_STATE, type PromptRef } from '../../../lib/domain/prompt-schedule';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings';
import { updateSettings } from '../../../lib/store/storage-items';
import { addSession } from '../../../lib/store/db/sessions';
import { saveCoachName } from '../../../lib/store/db/profile';
import { db } from '../../../lib/store/db/db';
import { reviewRow } from '../../support/rows';

// The machine's zone in these tests is whatever the runner has; pin it through the settings day
// instead: every day is a workday, so the weekday the test runs on does not matter.
const EVERY_DAY = { ...DEFAULT_SETTINGS, workdays: [0, 1, 2, 3, 4, 5, 6], weeklyReviewDay: null };

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
  await updateSettings(EVERY_DAY);
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
    expect(await alarms(ALARMS.prompt)).toHaveLength(1);
    expect(await alarms(ALARMS.dayStart)).toHaveLength(1);
    const afterUpdate = (await alarms(ALARMS.prompt))[0]!;
    expect(afterUpdate.scheduledTime).toBe(new Date(2026, 10, 25, 17, 30).getTime());
    expect(afterUpdate.periodInMinutes).toBeUndefined();

    // A worker restart runs main again; the alarms it finds (they outlive the worker) stay as they are.
    background.main();
    background.main();
    await settle();
    expect(await alarms(ALARMS.prompt)).toEqual([afterUpdate]);
    expect(await alarms(ALARMS.dayStart)).toHaveLength(1);
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
    expect(ids).toEqual([notificationId([{ kind: 'daily-review', key: '2026-11-25', day: '2026-11-25' }])]);
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
    expect((await promptStateItem.getValue()).snoozed).toEqual([]);
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
    expect(await fakeBrowser.action.getBadgeText({})).not.toBe('!');
    expect((await alarms(ALARMS.prompt))[0]!.scheduledTime).toBe(new Date(2026, 10, 26, 17, 30).getTime());
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
      notificationId([{ kind: 'daily-review', key: '2026-11-25', day: '2026-11-25' }]),
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
    expect(promptsOf(notificationId([prompt]))).toEqual([prompt]);
    expect(promptsOf('someone-else')).toBeNull();
  });
});

describe('a new install', () => {
  it.each([
    ['at 18:00, after the review time: nothing now, the first prompt tomorrow', 18, '2026-11-26', 26],
    ['at 09:00, before the review time: the first prompt this evening', 9, '2026-11-25', 25],
  ])('installed %s', async (_case, hour, firstDay, promptDate) => {
    vi.setSystemTime(new Date(2026, 10, 25, hour, 0));
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settle();
    expect(await notifications()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).not.toBe('!');
    expect((await promptStateItem.getValue()).firstDay).toBe(firstDay);
    expect((await alarms(ALARMS.prompt))[0]!.scheduledTime).toBe(
      new Date(2026, 10, promptDate, 17, 30).getTime(),
    );
  });

  it('installed at 18:00, then the review time set to 19:00: today is asked at 19:00', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 18, 0));
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settle();
    await updateSettings({ ...EVERY_DAY, reviewTime: '19:00' });
    await settle();
    expect((await promptStateItem.getValue()).firstDay).toBe('2026-11-25');
    expect((await alarms(ALARMS.prompt))[0]!.scheduledTime).toBe(new Date(2026, 10, 25, 19, 0).getTime());
  });
});

describe('prompts on screen', () => {
  const today = notificationId([{ kind: 'daily-review', key: '2026-11-25', day: '2026-11-25' }]);

  it('clears the prompt once its review is finished elsewhere', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    background.main();
    await settle();
    expect(await notifications()).toEqual([today]);

    // Written in the popup, which tells the worker to look again.
    await completeReview(
      '2026-11-25',
      { outcomes: [], wentWell: '', strengthsUsed: [], learned: '', tomorrowFocus: '' },
      {
        carryTo: '2026-11-26',
      },
    );
    await fakeBrowser.runtime.sendMessage({ type: 'reschedule' });
    await settle();
    expect(await notifications()).toEqual([]);
  });

  it('a newer prompt replaces one left on screen unanswered, and names its prompt too', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    background.main();
    await settle();
    vi.setSystemTime(new Date(2026, 10, 26, 17, 30));
    await fire(ALARMS.prompt);
    await settle();
    const id = notificationId([
      { kind: 'daily-review', key: '2026-11-26', day: '2026-11-26' },
      { kind: 'daily-review', key: '2026-11-25', day: '2026-11-25' },
    ]);
    expect(await notifications()).toEqual([id]);
    expect(fakeBrowser.notifications.getAllCreateOptions()[id]?.message).toBe(
      'Two minutes to look back and set up tomorrow. Also waiting: Wednesday’s review.',
    );
  });

  it('a newer prompt replaces one whose prompt was answered meanwhile, without naming it', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    background.main();
    await settle();
    // Written without a word to the worker (it was asleep): the notification is still up.
    await completeReview(
      '2026-11-25',
      { outcomes: [], wentWell: '', strengthsUsed: [], learned: '', tomorrowFocus: '' },
      { carryTo: '2026-11-26' },
    );
    vi.setSystemTime(new Date(2026, 10, 26, 17, 30));
    await fire(ALARMS.prompt);
    await settle();
    expect(await notifications()).toEqual([
      notificationId([{ kind: 'daily-review', key: '2026-11-26', day: '2026-11-26' }]),
    ]);
  });

  it('leaves the sample prompt from Settings alone', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    await fakeBrowser.notifications.create('flourish-prompt-test', {
      type: 'basic',
      iconUrl: '',
      title: 't',
      message: 'm',
    });
    background.main();
    await settle();
    expect((await notifications()).sort()).toEqual(['flourish-prompt-test', today].sort());
  });
});

describe('what a prompt counts', () => {
  it('the morning prompt comes on a day holding only recurring and carried commitments', async () => {
    await updateSettings({ ...EVERY_DAY, morningTime: '08:30' });
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    vi.setSystemTime(new Date(2026, 10, 25, 0, 5));
    await addRecurrence(
      { title: 'Plan the week', schedule: { kind: 'weekdays', weekdays: [3] } },
      '2026-11-25',
    );
    await ensureRecurringCommitments('2026-11-25');
    const yesterday = await addCommitment('2026-11-24', 'Call Priya');
    await addCommitment('2026-11-25', 'Call Priya', { carriedFrom: yesterday.id });

    vi.setSystemTime(new Date(2026, 10, 25, 8, 30));
    background.main();
    await settle();
    expect(await notifications()).toEqual([
      notificationId([{ kind: 'morning-plan', key: '2026-11-25', day: '2026-11-25' }]),
    ]);
  });

  it('the weekly zoom-out on a Monday counts last week, Monday to Sunday, as its page does', async () => {
    await updateSettings({ ...EVERY_DAY, weeklyReviewDay: 1 });
    // Monday 30 November, 18:00: today's review is written, the zoom-out is due.
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-20' });
    vi.setSystemTime(new Date(2026, 10, 30, 17, 0));
    const monday = await addCommitment('2026-11-23', 'Board update');
    await markCommitmentDone(monday.id);
    const tuesday = await addCommitment('2026-11-24', 'Feedback to Sam');
    await markCommitmentDone(tuesday.id);
    await addCommitment('2026-11-29', 'Plan the week');
    await dropCommitment((await addCommitment('2026-11-29', 'Dropped')).id);
    await addCommitment('2026-11-30', 'This week, not counted');
    for (const day of [
      '2026-11-20',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ]) {
      await completeReview(
        day,
        { outcomes: [], wentWell: '', strengthsUsed: [], learned: '', tomorrowFocus: '' },
        { carryTo: '2026-12-01' },
      );
    }
    await saveWeeklyReview('2026-W47', { wins: '', patterns: '', nextWeekFocus: '' }, true);

    vi.setSystemTime(new Date(2026, 10, 30, 18, 0));
    background.main();
    await settle();
    const id = notificationId([{ kind: 'weekly-review', key: '2026-W48', day: '2026-11-30' }]);
    expect(await notifications()).toEqual([id]);
    expect(fakeBrowser.notifications.getAllCreateOptions()[id]?.message).toContain('Last week: 2 of 3 done');
  });
});

describe('prompts due at the same time', () => {
  const review = (day: string): PromptRef => ({ kind: 'daily-review', key: day, day });
  const plan = (day: string): PromptRef => ({ kind: 'morning-plan', key: day, day });
  const zoomOut: PromptRef = { kind: 'weekly-review', key: '2026-W48', day: '2026-11-27' };
  const mornings = { ...DEFAULT_SETTINGS, morningTime: '08:30', weeklyReviewDay: null };

  /** Wednesday 25 November: the morning prompt answered, the laptop shut at 17:00, opened on Thursday at 08:45. */
  async function shutWednesdayOpenThursday() {
    await updateSettings(mornings);
    await promptStateItem.setValue({
      ...EMPTY_PROMPT_STATE,
      firstDay: '2026-11-02',
      shown: { 'daily-review': '2026-11-24', 'morning-plan': '2026-11-25' },
    });
    vi.setSystemTime(new Date(2026, 10, 25, 17, 0));
    background.main();
    await settle();
    expect(await notifications()).toEqual([]);
    // The browser runs the alarm it missed when the laptop opens.
    vi.setSystemTime(new Date(2026, 10, 26, 8, 45));
    await fire(ALARMS.prompt);
    await settle();
  }

  it('shut on Wednesday at 17:00, opened on Thursday at 08:45: one notification names the review and the plan', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await shutWednesdayOpenThursday();
    const id = notificationId([review('2026-11-25'), plan('2026-11-26')]);
    expect(await notifications()).toEqual([id]);
    expect(fakeBrowser.notifications.getAllCreateOptions()[id]).toMatchObject({
      title: 'How did Wednesday go?',
      message: 'Two minutes to look back and set up tomorrow. Also waiting: today’s plan.',
    });
    expect((await promptStateItem.getValue()).shown).toEqual({
      'daily-review': '2026-11-25',
      'morning-plan': '2026-11-26',
    });
    // Neither comes again (a restart, the backstop): the next prompt is Thursday evening's.
    background.main();
    await fire(ALARMS.promptBackstop);
    await settle();
    expect(create).toHaveBeenCalledTimes(1);
    expect((await alarms(ALARMS.prompt))[0]!.scheduledTime).toBe(new Date(2026, 10, 26, 17, 30).getTime());
  });

  it('closed from 17:30 to 18:00 on the zoom-out day: one notification names the review and the zoom-out', async () => {
    await updateSettings({ ...DEFAULT_SETTINGS, weeklyReviewDay: 5 });
    await promptStateItem.setValue({
      ...EMPTY_PROMPT_STATE,
      firstDay: '2026-11-02',
      shown: { 'daily-review': '2026-11-26', 'weekly-review': '2026-W47' },
    });
    vi.setSystemTime(new Date(2026, 10, 27, 17, 25));
    background.main();
    await settle();
    // The browser starts again at 18:00 and runs the alarm it missed.
    vi.setSystemTime(new Date(2026, 10, 27, 18, 0));
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await fire(ALARMS.prompt);
    await settle();
    const id = notificationId([review('2026-11-27'), zoomOut]);
    expect(await notifications()).toEqual([id]);
    expect(fakeBrowser.notifications.getAllCreateOptions()[id]?.message).toBe(
      'Two minutes to look back and set up tomorrow. Also waiting: this week’s zoom-out.',
    );
    expect((await promptStateItem.getValue()).shown).toEqual({
      'daily-review': '2026-11-27',
      'weekly-review': '2026-W48',
    });
    expect((await alarms(ALARMS.prompt))[0]!.scheduledTime).toBe(new Date(2026, 10, 30, 17, 30).getTime());
  });

  it('the review left unanswered at 17:30, the zoom-out at 18:00: one notification names both', async () => {
    await updateSettings({ ...DEFAULT_SETTINGS, weeklyReviewDay: 5 });
    await promptStateItem.setValue({
      ...EMPTY_PROMPT_STATE,
      firstDay: '2026-11-02',
      shown: { 'daily-review': '2026-11-26', 'weekly-review': '2026-W47' },
    });
    vi.setSystemTime(new Date(2026, 10, 27, 17, 30));
    background.main();
    await settle();
    expect(await notifications()).toEqual([notificationId([review('2026-11-27')])]);

    vi.setSystemTime(new Date(2026, 10, 27, 18, 0));
    await fire(ALARMS.prompt);
    await settle();
    const id = notificationId([review('2026-11-27'), zoomOut]);
    expect(await notifications()).toEqual([id]);
    expect(fakeBrowser.notifications.getAllCreateOptions()[id]).toMatchObject({
      title: 'How did today go?',
      message: 'Two minutes to look back and set up tomorrow. Also waiting: this week’s zoom-out.',
    });
    expect((await promptStateItem.getValue()).shown).toEqual({
      'daily-review': '2026-11-27',
      'weekly-review': '2026-W48',
    });
  });

  it('a notification the system refuses leaves the one on screen in place', async () => {
    await updateSettings({ ...DEFAULT_SETTINGS, weeklyReviewDay: 5 });
    await promptStateItem.setValue({
      ...EMPTY_PROMPT_STATE,
      firstDay: '2026-11-02',
      shown: { 'daily-review': '2026-11-26', 'weekly-review': '2026-W47' },
    });
    vi.setSystemTime(new Date(2026, 10, 27, 17, 30));
    background.main();
    await settle();
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('Notifications are blocked'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.setSystemTime(new Date(2026, 10, 27, 18, 0));
    await fire(ALARMS.prompt);
    await settle();
    expect(await notifications()).toEqual([notificationId([review('2026-11-27')])]);
  });

  it('“Snooze” brings both back in one notification', async () => {
    await shutWednesdayOpenThursday();
    const [id] = await notifications();
    await fakeBrowser.notifications.onButtonClicked.trigger(id!, 1);
    await settle();
    expect(await notifications()).toEqual([]);
    vi.setSystemTime(new Date(2026, 10, 26, 9, 0));
    await fire(ALARMS.prompt);
    await settle();
    expect(await notifications()).toEqual([id]);
  });

  it('a click opens the review, or the plan once the review was written elsewhere', async () => {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    await shutWednesdayOpenThursday();
    const [id] = await notifications();
    await onNotificationClicked(id!);
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
      'chrome-extension://test-extension-id/review.html?day=2026-11-25',
    );
    expect(openPopup).not.toHaveBeenCalled();

    await completeReview(
      '2026-11-25',
      { outcomes: [], wentWell: '', strengthsUsed: [], learned: '', tomorrowFocus: '' },
      { carryTo: '2026-11-26' },
    );
    await onNotificationClicked(id!);
    expect(openPopup).toHaveBeenCalledTimes(1);
  });

  it('a notification naming two prompts stays on screen until both are answered', async () => {
    await shutWednesdayOpenThursday();
    const [id] = await notifications();
    await completeReview(
      '2026-11-25',
      { outcomes: [], wentWell: '', strengthsUsed: [], learned: '', tomorrowFocus: '' },
      { carryTo: '2026-11-26' },
    );
    await fakeBrowser.runtime.sendMessage({ type: 'reschedule' });
    await settle();
    expect(await notifications()).toEqual([id]);
    await addCommitment('2026-11-26', 'Board update');
    await fakeBrowser.runtime.sendMessage({ type: 'reschedule' });
    await settle();
    expect(await notifications()).toEqual([]);
  });
});

describe('a worker stopped half-way', () => {
  const today = { kind: 'daily-review' as const, key: '2026-11-25', day: '2026-11-25' };
  const id = notificationId([today]);

  beforeEach(async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
  });

  it('keeps a backstop alarm a minute after the prompt alarm, moving with it', async () => {
    background.main();
    await settle();
    const at = new Date(2026, 10, 25, 17, 30).getTime();
    expect((await alarms(ALARMS.prompt))[0]!.scheduledTime).toBe(at);
    expect((await alarms(ALARMS.promptBackstop))[0]!.scheduledTime).toBe(at + BACKSTOP_MS);

    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await fire(ALARMS.prompt);
    await settle();
    const tomorrow = new Date(2026, 10, 26, 17, 30).getTime();
    expect((await alarms(ALARMS.promptBackstop))[0]!.scheduledTime).toBe(tomorrow + BACKSTOP_MS);
  });

  it('stopped as the prompt alarm fired: the backstop a minute later brings the prompt, once', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    background.main();
    await settle();
    // The prompt alarm went to a worker that was stopped before it could act; nothing else woke one.
    await fakeBrowser.alarms.clear(ALARMS.prompt);
    vi.setSystemTime(new Date(2026, 10, 25, 17, 31));
    await fire(ALARMS.promptBackstop);
    await settle();
    expect(await notifications()).toEqual([id]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('stopped after noting the prompt as shown, before the notification: the next start shows it, once', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await promptStateItem.setValue({
      ...EMPTY_PROMPT_STATE,
      firstDay: '2026-11-25',
      shown: { 'daily-review': '2026-11-25' },
      showing: [today],
    });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    background.main();
    await settle();
    await settle();
    expect(await notifications()).toEqual([id]);
    expect(create).toHaveBeenCalledTimes(1);
    expect((await promptStateItem.getValue()).showing).toBeNull();
  });

  it('stopped with the notification on screen, before noting it: the next start shows nothing more', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await promptStateItem.setValue({
      ...EMPTY_PROMPT_STATE,
      firstDay: '2026-11-25',
      shown: { 'daily-review': '2026-11-25' },
      showing: [today],
    });
    await fakeBrowser.notifications.create(id, { type: 'basic', iconUrl: '', title: 't', message: 'm' });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    background.main();
    await settle();
    expect(create).not.toHaveBeenCalled();
    expect(await notifications()).toEqual([id]);
    expect((await promptStateItem.getValue()).showing).toBeNull();
  });

  it('stopped with the new notification on screen, the one it replaces not yet cleared: the next start clears that', async () => {
    vi.setSystemTime(new Date(2026, 10, 26, 17, 30));
    const yesterday = { kind: 'daily-review' as const, key: '2026-11-25', day: '2026-11-25' };
    const tomorrowToo = { kind: 'daily-review' as const, key: '2026-11-26', day: '2026-11-26' };
    const both = notificationId([tomorrowToo, yesterday]);
    await promptStateItem.setValue({
      ...EMPTY_PROMPT_STATE,
      firstDay: '2026-11-25',
      shown: { 'daily-review': '2026-11-26' },
      showing: [tomorrowToo, yesterday],
    });
    for (const shown of [id, both]) {
      await fakeBrowser.notifications.create(shown, { type: 'basic', iconUrl: '', title: 't', message: 'm' });
    }
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    background.main();
    await settle();
    expect(create).not.toHaveBeenCalled();
    expect(await notifications()).toEqual([both]);
  });

  it('…and the user closed it while the worker was stopped: the close wakes it, and it shows nothing more', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 17, 31));
    await promptStateItem.setValue({
      ...EMPTY_PROMPT_STATE,
      firstDay: '2026-11-25',
      shown: { 'daily-review': '2026-11-25' },
      showing: [today],
    });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    // The close event is what starts the worker; it is delivered once the worker's listeners are on.
    background.main();
    await fakeBrowser.notifications.onClosed.trigger(id, true);
    await settle();
    expect(create).not.toHaveBeenCalled();
    expect((await promptStateItem.getValue()).showing).toBeNull();
  });
});

describe('updating from 0.1.0', () => {
  const fixture = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../fixtures/storage-prompts-v1.json'), 'utf8'),
  ) as { settings: typeof DEFAULT_SETTINGS; prompts: object };

  it('does not cost the next Monday’s zoom-out', async () => {
    // Updated on Tuesday 1 December, with 0.1.0's state of Monday 30 November's zoom-out stored.
    vi.setSystemTime(new Date(2026, 11, 1, 9, 0));
    await fakeBrowser.storage.local.set({ settings: fixture.settings, prompts: fixture.prompts });
    await promptStateItem.migrate();
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07']) {
      await completeReview(
        day,
        { outcomes: [], wentWell: '', strengthsUsed: [], learned: '', tomorrowFocus: '' },
        { carryTo: '2026-12-08' },
      );
    }
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await settle();
    expect(await notifications()).toEqual([]);

    vi.setSystemTime(new Date(2026, 11, 7, 18, 0));
    await fire(ALARMS.prompt);
    await settle();
    expect(await notifications()).toEqual([
      notificationId([{ kind: 'weekly-review', key: '2026-W49', day: '2026-12-07' }]),
    ]);
  });
});

describe('the reminder the day before a coaching session', () => {
  it('comes with the review at review time, and a click opens the session prep', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
    await addSession({ day: '2026-11-11', nextDay: '2026-11-26' });
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    background.main();
    await settle();
    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await fire(ALARMS.prompt);
    await settle();
    const [id] = await notifications();
    expect(promptsOf(id!)?.map((p) => p.kind)).toEqual(['daily-review', 'session-reminder']);
    expect(create).toHaveBeenLastCalledWith(
      id,
      expect.objectContaining({
        title: 'How did today go?',
        message: 'Two minutes to look back and set up tomorrow. Also waiting: tomorrow’s coaching session.',
      }),
    );
    await onNotificationClicked(
      notificationId([{ kind: 'session-reminder', key: '2026-11-26', day: '2026-11-25' }]),
    );
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
      'chrome-extension://test-extension-id/options.html#/prep',
    );
  });

  it('alone, the review written already, names the coach', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await addSession({ day: '2026-11-11', nextDay: '2026-11-26' });
    await saveCoachName('Jordan');
    await db.reviews.add(reviewRow('2026-11-25'));
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    background.main();
    await settle();
    expect(create).toHaveBeenLastCalledWith(
      notificationId([{ kind: 'session-reminder', key: '2026-11-26', day: '2026-11-25' }]),
      expect.objectContaining({ title: 'Your coaching session with Jordan is tomorrow' }),
    );
  });
});
