/** What a prompt's notification looks like, the sample one from Settings, and the page a prompt opens. */
import { browser, type Browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { applyStoredLanguage } from '../../lib/store/language';
import type { PromptText } from '../../lib/domain/prompt-text';
import type { PromptRef } from '../../lib/domain/prompt-schedule';
import type { TestPromptReply } from '../../lib/domain/worker-messages';

/** Firefox shows no notification buttons and throws if given any; a click opens the review instead. */
export const SUPPORTS_BUTTONS = !import.meta.env.FIREFOX;

/** The notification for a prompt. Firefox takes no buttons (and throws if given any). */
export function notificationOptions(
  text: PromptText,
  iconUrl: string,
  snoozeMinutes: number,
  supportsButtons: boolean,
): Browser.notifications.NotificationCreateOptions {
  return {
    type: 'basic',
    iconUrl,
    title: text.title,
    message: text.message,
    ...(supportsButtons && {
      buttons: [
        { title: t('notifications:buttons.reflect') },
        { title: t('notifications:buttons.snooze', { minutes: snoozeMinutes }) },
      ],
      requireInteraction: true,
    }),
  };
}

/** Whether the browser says Flourish may not notify (Chromium; Firefox cannot tell, so: not refused). */
async function refusedByBrowser(): Promise<boolean> {
  const notifications = browser.notifications as { getPermissionLevel?: () => Promise<string> };
  if (typeof notifications.getPermissionLevel !== 'function') return false;
  try {
    return (await notifications.getPermissionLevel()) === 'denied';
  } catch {
    return false;
  }
}

/** Shows a sample prompt now, so the user can check that notifications reach them; says whether it could. */
export async function showTestPrompt(): Promise<TestPromptReply> {
  if (await refusedByBrowser()) return { shown: false, refused: true };
  try {
    await applyStoredLanguage();
    const id = await browser.notifications.create('flourish-prompt-test', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('notifications:test.title'),
      message: t('notifications:test.message'),
    });
    // Chromium answers a blocked notification with no id rather than an error.
    return id ? { shown: true } : { shown: false, refused: true };
  } catch {
    return { shown: false, refused: await refusedByBrowser() };
  }
}

/** The page that answers a prompt. */
export function promptPage(
  prompt: PromptRef,
): `/review.html${string}` | '/popup.html' | '/options.html#/prep' {
  if (prompt.kind === 'session-reminder') return '/options.html#/prep';
  if (prompt.kind === 'weekly-review') return `/review.html?week=${prompt.key}`;
  if (prompt.kind === 'morning-plan') return '/popup.html';
  return `/review.html?day=${prompt.day}`;
}
