import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ALARMS } from '../../lib/alarms';
import { refreshBadge } from '../../lib/badge';
import { isWorkerMessage } from '../../lib/messages';
import { keepStorage } from '../../lib/persistence';
import { settingsItem } from '../../lib/settings';
import { startDay } from './day-start';
import { onInstalled } from './on-installed';
import { enqueue } from './queue';
import {
  onNotificationButton,
  onNotificationClicked,
  onPromptAlarm,
  reschedule,
  showTestPrompt,
} from './prompts';

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
    if (alarm.name === ALARMS.dayStart) void startDay();
    // Every alarm re-evaluates the prompts: a due prompt is shown, the next one scheduled.
    await (alarm.name === ALARMS.prompt ? onPromptAlarm() : reschedule());
  });
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  browser.notifications.onButtonClicked.addListener((id, index) => void onNotificationButton(id, index));
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isWorkerMessage(message)) return undefined;
    if (message.type === 'test-prompt') return showTestPrompt();
    if (message.type === 'refresh-badge')
      return enqueue(() => refreshBadge(browser.action).then(() => undefined));
    // A page saw the time zone change: midnight and the prompts both move.
    void startDay();
    return reschedule();
  });
  settingsItem.watch(() => void reschedule());

  // Every worker start checks the day and the prompts; both change nothing when already right.
  void startDay();
  void reschedule();
  // Firefox's event page can make the storage persistent before any page opens.
  void keepStorage();
});
