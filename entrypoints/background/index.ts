import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onInstalled } from './on-installed';

// Listeners are attached synchronously: an `await` before addListener would miss onInstalled.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(onInstalled);
});
