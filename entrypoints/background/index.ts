import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ALARMS } from '../../lib/alarms';
import { startDay } from './day-start';
import { onInstalled } from './on-installed';

// Listeners are attached synchronously: an `await` before addListener would miss onInstalled.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async (details) => {
    await onInstalled(details);
    await startDay();
  });
  browser.runtime.onStartup.addListener(() => void startDay());
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === ALARMS.dayStart) await startDay();
  });
  // Every worker start checks the alarm and the badge; both steps change nothing when already right.
  void startDay();
});
