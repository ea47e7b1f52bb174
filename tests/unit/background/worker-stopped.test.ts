/**
 * The browser may stop the worker at any instant. Here it is stopped at every call the worker makes
 * to the browser while handling the prompt alarm, once just before the call takes effect and once
 * just after, and then the browser goes on as it would: only alarms start a stopped worker (no page
 * is open), until the browser is restarted in the evening. Whatever the instant, the prompt comes
 * within minutes, and exactly once. The worker the backstop alarm starts a minute later may be
 * stopped too: once it has set the next backstop, the prompt still comes within minutes; stopped
 * before that, it comes when a page opens or the browser starts again, and still exactly once. And
 * a worker stopped while it snoozes the prompt loses neither the prompt nor the snooze.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '../../../lib/store/storage-items';

const ID = 'flourish-prompt|daily-review|2026-11-25|2026-11-25';
const REVIEW_TIME = new Date(2026, 10, 25, 17, 30).getTime();
const TOMORROW = new Date(2026, 10, 26, 17, 30).getTime();
const MINUTE = 60_000;
const PROMPT_ALARM = { name: 'flourish:prompt', scheduledTime: REVIEW_TIME, persistAcrossSessions: false };
/** Alarms that fall due within this long after the moment the story is about still fire in it. */
const WINDOW_MS = 5 * MINUTE;

// The calls the worker makes to the browser, as the tables below go through them (checked at the end).
/** Setting the backstop alarm: first in every look (held a minute ahead), and moved on at its end. */
const BACKSTOP = 'alarms.create flourish:prompt-backstop';
const LOOK = [BACKSTOP, 'notifications.getAll', 'storage.get settings', 'storage.get prompts'];
const SHOW = ['storage.set', `notifications.create ${ID}`];
const NOTED = 'storage.set';
const ALARMS_MOVED_ON = [
  'alarms.get flourish:prompt',
  'alarms.create flourish:prompt',
  'alarms.get flourish:prompt-backstop',
  BACKSTOP,
];
const ALARMS_ALREADY_ON = ['alarms.get flourish:prompt', 'alarms.get flourish:prompt-backstop', BACKSTOP];
const BADGE = ['storage.get settings', 'storage.get prompts'];
/** The prompt alarm's run: it reads when the alarm was due, then looks, shows the review, notes it. */
const PROMPT_RUN = ['storage.get prompts', ...LOOK, ...SHOW, NOTED, ...ALARMS_MOVED_ON, ...BADGE];
/**
 * A worker the backstop alarm starts loads its storage items and readies the day; its first look
 * (from `main`) shows the review, unless the notification is on screen already; then the alarm's
 * own look finds nothing more to do.
 */
const WORKER_START = [
  'storage.get settings',
  'storage.get setup',
  'storage.get backup',
  'storage.get prompts',
  'storage.get syncChoice',
  'storage.get syncStatus',
  'storage.get',
  'storage.get prompts',
  ...BADGE,
  'alarms.get flourish:day-start',
];
const ALARM_LOOK = ['storage.get prompts', ...LOOK, NOTED, ...ALARMS_ALREADY_ON, ...BADGE];
const BACKSTOP_RUN_SHOWING = [
  ...WORKER_START,
  ...LOOK,
  ...SHOW,
  NOTED,
  ...ALARMS_MOVED_ON,
  ...BADGE,
  ...ALARM_LOOK,
];
const BACKSTOP_RUN_SHOWN = [...WORKER_START, ...LOOK, NOTED, ...ALARMS_MOVED_ON, ...BADGE, ...ALARM_LOOK];
/** "Snooze": the backstop held, the snooze saved, the notification cleared, then a look. */
const SNOOZE_RUN = [
  BACKSTOP,
  'storage.get settings',
  'storage.get prompts',
  'storage.set',
  `notifications.clear ${ID}`,
  ...LOOK,
  NOTED,
  ...ALARMS_MOVED_ON,
  ...BADGE,
];
const WRITES = /^(storage\.set|notifications\.(create|clear)|alarms\.(create|clear))/;

type Api = Record<string, (...args: unknown[]) => Promise<unknown>>;
type When = 'before' | 'after';
type Instant = readonly [call: number, when: When];

/** Browser calls the worker makes, each a place where it can be stopped. */
const CALLS: [object, string, string][] = [
  [fakeBrowser.storage.local, 'storage', 'get'],
  [fakeBrowser.storage.local, 'storage', 'set'],
  [fakeBrowser.notifications, 'notifications', 'create'],
  [fakeBrowser.notifications, 'notifications', 'getAll'],
  [fakeBrowser.notifications, 'notifications', 'clear'],
  [fakeBrowser.alarms, 'alarms', 'get'],
  [fakeBrowser.alarms, 'alarms', 'create'],
  [fakeBrowser.alarms, 'alarms', 'clear'],
];

interface Worker {
  /** Resolves once everything the worker has queued so far is done. */
  settle(): Promise<void>;
}

/**
 * A fresh copy of the worker, as the browser starts one: nothing kept in memory from the last. One
 * stopped while its modules load (`stoppedLoading`) never runs its main.
 */
async function startWorker(stoppedLoading = () => false): Promise<Worker | null> {
  vi.resetModules();
  const { default: background } = await import('../../../entrypoints/background');
  const { enqueue } = await import('../../../entrypoints/background/queue');
  if (stoppedLoading()) return null;
  background.main();
  // A job that does nothing, run after everything queued before it.
  return { settle: () => enqueue(async () => {}) };
}

/** The stopped worker's listeners go with it. */
function stopWorker() {
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

/**
 * The browser as the worker sees it. Counts every notification of the review. During a watched
 * run, logs the worker's calls and stops the worker at one instant: that call (and every later
 * one of the stopped worker) is never answered, and with 'after' it takes effect first.
 */
function instrument() {
  let shown = 0;
  let run: { stopAt: number; when: When; log: string[]; stop(): void; stopped: boolean } | null = null;
  let halted = false;
  const originals = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  for (const [object, area, name] of CALLS) {
    const api = object as Api;
    const original = api[name]!.bind(api);
    originals.set(`${area}.${name}`, original);
    vi.spyOn(api, name).mockImplementation((...args: unknown[]) => {
      if (halted) return new Promise(() => {});
      const review = name === 'create' && args[0] === ID;
      if (!run) {
        if (review) shown++;
        return original(...args);
      }
      run.log.push(`${area}.${name} ${typeof args[0] === 'string' ? args[0] : ''}`.trim());
      if (run.log.length !== run.stopAt) {
        if (review) shown++;
        return original(...args);
      }
      halted = true;
      run.stopped = true;
      run.stop();
      if (run.when === 'after') {
        if (review) shown++;
        void original(...args);
      }
      return new Promise(() => {});
    });
  }
  return {
    /** Watches the next run: stops it at call `stopAt` (counted from 1), `when` it takes effect. */
    watch([stopAt, when]: Instant) {
      halted = false;
      let stop!: () => void;
      const stopped = new Promise<void>((resolve) => (stop = resolve));
      const log: string[] = [];
      const watched = { stopAt, when, log, stop, stopped: false };
      run = watched;
      return { stopped, log, wasStopped: () => watched.stopped };
    },
    /** The stopped worker is gone; later workers run undisturbed. */
    unwatch() {
      halted = false;
      run = null;
    },
    shown: () => shown,
    /** The browser's own call, for the test's own use. */
    original: (call: string) => originals.get(call)!,
  };
}

type Browser = ReturnType<typeof instrument>;

/** Fires an alarm as the browser does: it takes the one-shot alarm off its list, then wakes the worker. */
async function fire(name: string) {
  await browser.original('alarms.clear')(name);
  return deliver(name);
}

function deliver(name: string) {
  return fakeBrowser.alarms.onAlarm.trigger({
    name,
    scheduledTime: Date.now(),
    persistAcrossSessions: false,
  });
}

async function alarmAt(name: string) {
  return (await fakeBrowser.alarms.getAll()).find((alarm) => alarm.name === name)?.scheduledTime;
}

async function nextAlarmDueBy(time: number) {
  const due = (await fakeBrowser.alarms.getAll()).filter((alarm) => alarm.scheduledTime <= time);
  return due.sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
}

/**
 * The minutes after `from`: each alarm that falls due wakes the worker (a fresh one if the last was
 * stopped). The first worker an alarm starts is stopped at `stopFirstWoken`, when given.
 */
async function minutesAfter(browser: Browser, from: number, stopFirstWoken?: Instant): Promise<string[]> {
  let worker: Worker | null = null;
  let stopNext = stopFirstWoken;
  let log: string[] = [];
  for (
    let alarm = await nextAlarmDueBy(from + WINDOW_MS);
    alarm;
    alarm = await nextAlarmDueBy(from + WINDOW_MS)
  ) {
    vi.setSystemTime(Math.max(alarm.scheduledTime, from));
    if (stopNext) {
      const run = browser.watch(stopNext);
      stopNext = undefined;
      log = run.log;
      // Fired: off the list at once, whether or not the worker it wakes lives to hear of it.
      await browser.original('alarms.clear')(alarm.name);
      const woken = startWorker(run.wasStopped).then(async (started) => {
        if (!started) return;
        await deliver(alarm.name);
        await started.settle();
      });
      await Promise.race([run.stopped, woken]);
      stopWorker();
      browser.unwatch();
      continue;
    }
    worker ??= (await startWorker())!;
    await fire(alarm.name);
    await worker.settle();
  }
  stopWorker();
  return log;
}

/** In the evening the browser restarts; returns once that worker is done. */
async function eveningRestart() {
  vi.setSystemTime(new Date(2026, 10, 25, 21, 0));
  const restarted = (await startWorker())!;
  await fakeBrowser.runtime.onStartup.trigger();
  await restarted.settle();
}

async function notifications() {
  return Object.keys(await fakeBrowser.notifications.getAll());
}

/** The prompt alarm reaches the running worker, which is stopped at `instant`. */
async function promptAlarmStoppedAt(browser: Browser, instant: Instant) {
  vi.setSystemTime(REVIEW_TIME);
  // The browser takes the one-shot alarm off its list as it fires it.
  await browser.original('alarms.clear')('flourish:prompt');
  const run = browser.watch(instant);
  await Promise.race([run.stopped, fakeBrowser.alarms.onAlarm.trigger(PROMPT_ALARM)]);
  stopWorker();
  browser.unwatch();
  return run.log;
}

let browser: Browser;
let morning: Worker;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
  await updateSettings({ workdays: [0, 1, 2, 3, 4, 5, 6], weeklyReviewDay: null });
  await fakeBrowser.storage.local.set({
    prompts: { shown: {}, snoozed: null, timeZone: null, firstDay: '2026-11-25', alarmAt: null },
  });
  browser = instrument();
  morning = (await startWorker())!;
  await morning.settle();
});

afterEach(() => {
  stopWorker();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** The review shown at 17:30 by the running worker; "Snooze" pressed at 17:32. */
async function pressSnooze(stop: Instant) {
  vi.setSystemTime(REVIEW_TIME);
  await fire('flourish:prompt');
  await morning.settle();
  expect(await notifications()).toEqual([ID]);
  vi.setSystemTime(REVIEW_TIME + 2 * MINUTE);
  const run = browser.watch(stop);
  await Promise.race([run.stopped, fakeBrowser.notifications.onButtonClicked.trigger(ID, 1)]);
  await Promise.race([run.stopped, morning.settle()]);
  stopWorker();
  browser.unwatch();
  return run.log;
}

/** Every instant of a run: just before each call, and after each call that does something. */
const instantsOf = (run: readonly string[]): Instant[] =>
  run.flatMap((call, i) => [
    [i + 1, 'before'] as const,
    ...(WRITES.test(call) ? [[i + 1, 'after'] as const] : []),
  ]);

describe('the worker stopped while handling the prompt alarm', () => {
  const everyInstant = PROMPT_RUN.flatMap((_, i) => [[i + 1, 'before'] as const, [i + 1, 'after'] as const]);

  it.each(everyInstant)(
    'at call %i, %s it takes effect: the review comes once, on time',
    async (call, when) => {
      const log = await promptAlarmStoppedAt(browser, [call, when]);
      expect(log.length).toBeGreaterThanOrEqual(call);

      // What wakes a stopped worker in the next minutes: only its alarms.
      await minutesAfter(browser, REVIEW_TIME);
      expect(await notifications(), 'on screen within minutes').toEqual([ID]);
      expect(await alarmAt('flourish:prompt'), 'the next prompt').toBe(TOMORROW);

      // In the evening the browser restarts: nothing more.
      await eveningRestart();
      expect(browser.shown(), 'notifications of the review').toBe(1);
      const stored = (await fakeBrowser.storage.local.get('prompts')).prompts as { shown: object };
      expect(stored.shown).toEqual({ 'daily-review': '2026-11-25' });
    },
  );
});

describe('…and the worker the backstop starts a minute later, stopped too', () => {
  // What the prompt alarm's worker left: nothing at all, the prompt stored as shown but not on
  // screen, or the notification on screen but not yet noted; and the calls of the backstop's run.
  const PROMPT_RUN_STOPS = [
    ['before it did anything', [1, 'before'], BACKSTOP_RUN_SHOWING, false],
    ['after storing the prompt as shown', [6, 'after'], BACKSTOP_RUN_SHOWING, false],
    ['after showing it', [7, 'after'], BACKSTOP_RUN_SHOWN, true],
  ] as const;
  const cases = PROMPT_RUN_STOPS.flatMap(([left, stop, backstopRun, onScreen]) =>
    instantsOf(backstopRun).map(([call, when]) => [left, call, when, stop, onScreen] as const),
  );
  /** The first call of the backstop's run that sets the next backstop. */
  const HELD_AT = BACKSTOP_RUN_SHOWING.indexOf(BACKSTOP) + 1;

  it.each(cases)(
    'the first stopped %s, the second at call %i, %s it takes effect: the review comes once',
    async (_left, call, when, promptRunStop, onScreen) => {
      await promptAlarmStoppedAt(browser, promptRunStop);
      await minutesAfter(browser, REVIEW_TIME, [call, when]);
      // Stopped before it set the next backstop, no alarm is left that could wake a worker before
      // midnight; a page opened (which sees the prompt alarm's moment passed) or the evening's
      // restart brings it. Stopped any later, the next backstop brings it.
      const heldBackstop = call > HELD_AT || (call === HELD_AT && when === 'after');
      const expected = heldBackstop || onScreen ? [ID] : [];
      expect(await notifications(), 'on screen within minutes').toEqual(expected);
      if (heldBackstop) expect(await alarmAt('flourish:prompt'), 'the next prompt').toBe(TOMORROW);

      await eveningRestart();
      expect(await notifications()).toEqual([ID]);
      expect(browser.shown(), 'notifications of the review').toBe(1);
      expect(await alarmAt('flourish:prompt'), 'the next prompt').toBe(TOMORROW);
    },
  );
});

describe('the worker stopped while snoozing the prompt', () => {
  const SNOOZED_UNTIL = REVIEW_TIME + 2 * MINUTE + 15 * MINUTE;

  it.each(instantsOf(SNOOZE_RUN))(
    'at call %i, %s it takes effect: the review stays on screen or comes back after the snooze',
    async (call, when) => {
      await pressSnooze([call, when]);
      await minutesAfter(browser, REVIEW_TIME + 2 * MINUTE);
      await minutesAfter(browser, SNOOZED_UNTIL);
      expect(await notifications(), 'on screen after the snooze').toEqual([ID]);
      expect(browser.shown(), 'shown, then again after the snooze').toBeLessThanOrEqual(2);
    },
  );
});

describe('the calls the tables above stop the worker at (when they change, so do the tables)', () => {
  it('the prompt alarm’s run', async () => {
    expect(await promptAlarmStoppedAt(browser, [Number.POSITIVE_INFINITY, 'before'])).toEqual(PROMPT_RUN);
    expect(PROMPT_RUN[5]).toBe('storage.set');
    expect(PROMPT_RUN[6]).toBe(`notifications.create ${ID}`);
  });

  it.each([
    ['nothing done', [1, 'before'], BACKSTOP_RUN_SHOWING],
    ['the notification on screen, not yet noted', [7, 'after'], BACKSTOP_RUN_SHOWN],
  ] as const)('the backstop’s run, the prompt alarm’s having left %s', async (_left, stop, expected) => {
    await promptAlarmStoppedAt(browser, stop);
    expect(await minutesAfter(browser, REVIEW_TIME, [Number.POSITIVE_INFINITY, 'before'])).toEqual(expected);
    expect(browser.shown()).toBe(1);
  });

  it('“Snooze”', async () => {
    expect(await pressSnooze([Number.POSITIVE_INFINITY, 'before'])).toEqual(SNOOZE_RUN);
  });
});
