/** A click on a prompt's notification or on its buttons ("Reflect now", "Snooze"). */
import { browser } from 'wxt/browser';
import { localTimeZone } from '../../lib/platform/clock';
import { dayKey } from '../../lib/domain/days';
import { promptsOf, promptToOpen, type PromptList } from '../../lib/domain/prompt-display';
import { getPromptState, promptStateItem } from './prompt-state';
import { snooze, type PromptRef } from '../../lib/domain/prompt-schedule';
import { getSettings } from '../../lib/store/storage-items';
import { promptPage } from './notification';
import { evaluate, holdBackstop, scheduleFacts } from './prompts';
import { enqueue } from './queue';

/**
 * Opens the answer to a prompt: the popup where the browser allows it (it shows a waiting review
 * right there), otherwise the review page in a tab.
 */
export async function openPrompt(prompt: PromptRef): Promise<void> {
  // The popup opens on today's review (or today's plan); an earlier day's review needs its page,
  // and so do the weekly zoom-out and the session prep.
  const today = dayKey(Date.now(), localTimeZone());
  if ((prompt.kind === 'daily-review' || prompt.kind === 'morning-plan') && prompt.day === today) {
    try {
      await browser.action.openPopup();
      return;
    } catch {
      // No focused window, or a browser that does not allow it: a tab works everywhere.
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL(promptPage(prompt)) });
}

/** Clears the notification and opens its most important prompt not answered yet. */
async function openFrom(id: string, prompts: PromptList): Promise<void> {
  await browser.notifications.clear(id);
  const today = dayKey(Date.now(), localTimeZone());
  await openPrompt(promptToOpen(prompts, await scheduleFacts(today)));
}

/** A click on the notification opens the review. */
export function onNotificationClicked(id: string): Promise<void> {
  const prompts = promptsOf(id);
  return prompts ? enqueue(() => openFrom(id, prompts)) : Promise.resolve();
}

/** Button 0 is "Reflect now", button 1 "Snooze": every prompt the notification names comes back. */
export function onNotificationButton(id: string, index: number): Promise<void> {
  const prompts = promptsOf(id);
  if (!prompts) return Promise.resolve();
  if (index === 0) return enqueue(() => openFrom(id, prompts));
  // In this order, a worker stopped at any instant loses nothing: the notification stays on screen
  // until the snooze is saved, and the backstop wakes a worker that sets the snooze's alarm.
  return enqueue(async () => {
    await holdBackstop();
    const [settings, state] = await Promise.all([getSettings(), getPromptState()]);
    await promptStateItem.setValue(snooze(state, prompts, Date.now(), settings.snoozeMinutes));
    await browser.notifications.clear(id);
    await evaluate(Date.now(), localTimeZone());
  });
}
