/**
 * The browser may stop the worker at any instant. Here it is stopped at every call the worker makes
 * to the browser while handling the prompt alarm, once just before the call takes effect and once
 * just after, and then the browser goes on as it would: only alarms start a stopped worker (no page
 * is open), until the browser is restarted in the evening. Whatever the instant, the prompt comes
 * within the backstop's minute, and exactly once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem, DEFAULT_SETTINGS } from '../../../lib/settings';

const ID = 'flourish-prompt|daily-review|2026-11-25|2026-11-25';
const REVIEW_TIME = new Date(2026, 10, 25, 17, 30).getTime();
const PROMPT_ALARM = { name: 'flourish:prompt', scheduledTime: REVIEW_TIME, persistAcrossSessions: false };
/** Alarms that fall due within this long after the review time still fire in this story. */
const WINDOW_MS = 5 * 60_000;
/** The calls the worker makes to the browser while handling the alarm (checked below). */
const CALLS_MADE = 13;

type Api = Record<string, (...args: unknown[]) => Promise<unknown>>;

/** Browser calls the worker makes, each a place where it can be stopped. */
const CALLS: [object, string][] = [
  [fakeBrowser.storage.local, 'get'],
  [fakeBrowser.storage.local, 'set'],
  [fakeBrowser.notifications, 'create'],
  [fakeBrowser.notifications, 'getAll'],
  [fakeBrowser.notifications, 'clear'],
  [fakeBrowser.alarms, 'get'],
  [fakeBrowser.alarms, 'create'],
  [fakeBrowser.alarms, 'clear'],
];

/** A fresh copy of the worker, as the browser starts one: nothing kept in memory from the last. */
async function startWorker() {
  vi.resetModules();
  const { default: background } = await import('../../../entrypoints/background');
  const { reschedule } = await import('../../../entrypoints/background/prompts');
  background.main();
  return { settle: () => reschedule() };
}

/** The stopped worker's listeners go with it. */
function stopWorker() {
  vi.restoreAllMocks();
  for (const event of [
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.notifications.onClicked,
    fakeBrowser.notifications.onButtonClicked,
    fakeBrowser.notifications.onClosed,
    fakeBrowser.runtime.onMessage,
    fakeBrowser.runtime.onStartup,
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.storage.local.onChanged,
    fakeBrowser.storage.onChanged,
  ]) {
    event.removeAllListeners();
  }
}

/** Fires an alarm as the browser does: once, so it is gone from the list of alarms. */
async function fire(name: string) {
  const alarm = { name, scheduledTime: Date.now(), persistAcrossSessions: false };
  await fakeBrowser.alarms.clear(name);
  return fakeBrowser.alarms.onAlarm.trigger(alarm);
}

/**
 * Counts the worker's browser calls and notifications of the review; stops the worker at call
 * `stopAt` (before or after it takes effect) by never answering it.
 */
function watchCalls(stopAt: number, when: 'before' | 'after') {
  let calls = 0;
  let shown = 0;
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  for (const [object, name] of CALLS) {
    const api = object as Api;
    const original = api[name]!.bind(api);
    vi.spyOn(api, name).mockImplementation((...args: unknown[]) => {
      calls++;
      if (name === 'create' && args[0] === ID && (calls !== stopAt || when === 'after')) shown++;
      if (calls !== stopAt) return original(...args);
      stop();
      if (when === 'after') void original(...args);
      return new Promise(() => {});
    });
  }
  return { stopped, calls: () => calls, shown: () => shown };
}

/** Every time a later worker shows the review (the spies of the first are gone by then). */
function countLaterNotifications() {
  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  return () => create.mock.calls.filter((args: unknown[]) => args[0] === ID).length;
}

async function alarmsDueBy(time: number) {
  return (await fakeBrowser.alarms.getAll())
    .filter((alarm) => alarm.scheduledTime <= time)
    .sort((a, b) => a.scheduledTime - b.scheduledTime);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
  await settingsItem.setValue({
    ...DEFAULT_SETTINGS,
    workdays: [0, 1, 2, 3, 4, 5, 6],
    weeklyReviewDay: null,
  });
  await fakeBrowser.storage.local.set({
    prompts: { shown: {}, snoozed: null, timeZone: null, firstDay: '2026-11-25', alarmAt: null },
  });
  const morning = await startWorker();
  await morning.settle();
});

afterEach(() => {
  stopWorker();
  vi.useRealTimers();
});

const instants = Array.from({ length: CALLS_MADE }, (_, i) => i + 1).flatMap((call) =>
  (['before', 'after'] as const).map((when) => [call, when] as const),
);

describe('the worker stopped while handling the prompt alarm', () => {
  it.each(instants)(
    'at call %i, %s it takes effect: the review comes once, on time',
    async (stopAt, when) => {
      vi.setSystemTime(REVIEW_TIME);
      // The browser takes the one-shot alarm off its list as it fires it.
      await fakeBrowser.alarms.clear('flourish:prompt');
      const first = watchCalls(stopAt, when);
      await Promise.race([first.stopped, fakeBrowser.alarms.onAlarm.trigger(PROMPT_ALARM)]);
      const shownByFirst = first.shown();
      expect(first.calls()).toBeGreaterThanOrEqual(stopAt);
      stopWorker();

      // What wakes a stopped worker in the next minutes: only its alarms.
      const later = countLaterNotifications();
      let worker: { settle(): Promise<void> } | null = null;
      for (const alarm of await alarmsDueBy(REVIEW_TIME + WINDOW_MS)) {
        vi.setSystemTime(Math.max(alarm.scheduledTime, REVIEW_TIME));
        worker ??= await startWorker();
        await fire(alarm.name);
        await worker.settle();
      }
      expect(Object.keys(await fakeBrowser.notifications.getAll()), 'on screen within minutes').toEqual([ID]);

      // In the evening the browser restarts: nothing more.
      stopWorker();
      const evening = countLaterNotifications();
      vi.setSystemTime(new Date(2026, 10, 25, 21, 0));
      const restarted = await startWorker();
      await fakeBrowser.runtime.onStartup.trigger();
      await restarted.settle();
      expect(shownByFirst + later() + evening(), 'notifications of the review').toBe(1);
      const stored = (await fakeBrowser.storage.local.get('prompts')).prompts as { shown: object };
      expect(stored.shown).toEqual({ 'daily-review': '2026-11-25' });
    },
  );

  it('covers every call the worker makes (when it changes, so does the table above)', async () => {
    vi.setSystemTime(REVIEW_TIME);
    await fakeBrowser.alarms.clear('flourish:prompt');
    const undisturbed = watchCalls(Number.POSITIVE_INFINITY, 'before');
    await fakeBrowser.alarms.onAlarm.trigger(PROMPT_ALARM);
    expect(undisturbed.shown()).toBe(1);
    expect(undisturbed.calls()).toBe(CALLS_MADE);
  });
});
