import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ALARMS } from './alarms';
import { refreshBadge } from './badge';
import { isWorkerMessage } from '../../lib/domain/worker-messages';
import { keepStorage } from '../../lib/platform/persistence';
import { watchSettings } from '../../lib/store/storage-items';
import { speakLanguageOf } from './language';
import { startDay } from './day-start';
import { onInstalled } from './on-installed';
import { onNotificationButton, onNotificationClicked } from './clicks';
import { showTestPrompt } from './notification';
import { onNotificationClosed, onPromptAlarm, reschedule } from './prompts';
import { enqueue } from './queue';
import { onStorageChanged, runSync, scheduleSync } from './sync';

// Every listener is attached synchronously in main: an `await` before addListener would miss the
// event that woke the worker (onInstalled, an alarm, a notification click).
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async (details) => {
    await onInstalled(details);
    await startDay();
    await reschedule();
  });
  browser.runtime.onStartup.addListener(() => {
    void startDay();
    void reschedule();
  });
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === ALARMS.sync) return runSync();
    if (alarm.name === ALARMS.dayStart) void startDay();
    // Every alarm re-evaluates the prompts: a due prompt is shown, the next one scheduled. The
    // prompt alarm and its backstop both say the prompt's moment has come.
    const forPrompt = alarm.name === ALARMS.prompt || alarm.name === ALARMS.promptBackstop;
    await (forPrompt ? onPromptAlarm() : reschedule());
  });
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  browser.notifications.onButtonClicked.addListener((id, index) => void onNotificationButton(id, index));
  browser.notifications.onClosed.addListener((id) => onNotificationClosed(id));
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isWorkerMessage(message)) return undefined;
    if (message.type === 'test-prompt') return showTestPrompt();
    // Data that travels changed here (pages send it only while sync is on).
    if (message.type === 'sync') return void scheduleSync();
    if (message.type === 'refresh-badge')
      return enqueue(() => refreshBadge(browser.action).then(() => undefined));
    // A review was written, the time zone changed (midnight moves too), or a page saw a prompt
    // this worker should have shown (it was stopped half-way): look again.
    void startDay();
    return reschedule();
  });
  // A change of settings looks again, and so redraws the badge; the language chosen there applies
  // here at once (each look and badge also sets it from the settings it reads, for a worker that slept).
  watchSettings((settings) => {
    speakLanguageOf(settings);
    void reschedule();
  });

  // Another computer's data arriving, or sync turned on or off here.
  browser.storage.onChanged.addListener(onStorageChanged);

  // Every worker start checks the day and the prompts; both change nothing when already right.
  void startDay();
  void reschedule();
  // Firefox's event page can make the storage persistent before any page opens.
  void keepStorage();
});
