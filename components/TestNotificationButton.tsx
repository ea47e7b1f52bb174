import { useState } from 'react';
import { browser } from 'wxt/browser';
import { isTestPromptReply, type WorkerMessage } from '../lib/domain/worker-messages';
import { ErrorAlert } from './ErrorAlert';
import './test-notification.css';

const SENT =
  'A sample notification is on its way. If it did not appear, your system may be holding the browser’s notifications back (Do Not Disturb or Focus), or not allowing them in its settings.';

export const REFUSED =
  'Notifications are turned off for Flourish, so its prompts cannot reach you. Allow notifications for Flourish in the browser’s settings (and for the browser in your system’s), then try again. Until then, the toolbar badge and the new tab show when a review is waiting.';

const NOT_SENT = 'The test notification could not be sent. Try again in a moment.';

/** Asks the background worker to show a sample prompt now; resolves with what came of it, in words. */
async function askForTestPrompt(): Promise<{ sent: boolean; words: string }> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type: 'test-prompt' } satisfies WorkerMessage);
    if (!isTestPromptReply(reply)) return { sent: false, words: NOT_SENT };
    if (reply.shown) return { sent: true, words: SENT };
    return { sent: false, words: reply.refused ? REFUSED : 'The test notification could not be shown.' };
  } catch {
    return { sent: false, words: NOT_SENT };
  }
}

/** "Send a test notification", and what came of it: on its way, or why it cannot come. */
export function TestNotificationButton() {
  const [outcome, setOutcome] = useState<{ sent: boolean; words: string } | null>(null);

  async function test() {
    setOutcome(null);
    setOutcome(await askForTestPrompt());
  }

  return (
    <div className="test-notification">
      <button type="button" className="button" onClick={() => void test()}>
        Send a test notification
      </button>
      <ErrorAlert error={outcome && !outcome.sent ? outcome.words : ''} />
      <p className="hint" role="status">
        {outcome?.sent ? outcome.words : ''}
      </p>
    </div>
  );
}
