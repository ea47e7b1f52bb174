import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { isTestPromptReply, type WorkerMessage } from '../lib/domain/worker-messages';
import { ErrorAlert } from './ErrorAlert';
import './test-notification.css';

/** What came of a test: shown, refused by the browser, not shown, or not sent at all. */
type Outcome = 'sent' | 'refused' | 'notShown' | 'notSent';

/** Asks the background worker to show a sample prompt now; resolves with what came of it. */
async function askForTestPrompt(): Promise<Outcome> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type: 'test-prompt' } satisfies WorkerMessage);
    if (!isTestPromptReply(reply)) return 'notSent';
    if (reply.shown) return 'sent';
    return reply.refused ? 'refused' : 'notShown';
  } catch {
    return 'notSent';
  }
}

/** "Send a test notification", and what came of it: on its way, or why it cannot come. */
export function TestNotificationButton() {
  const { t } = useTranslation('components');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const words = {
    sent: t('testNotification.sent'),
    refused: t('testNotification.refused'),
    notShown: t('testNotification.notShown'),
    notSent: t('testNotification.notSent'),
  };

  async function test() {
    setOutcome(null);
    setOutcome(await askForTestPrompt());
  }

  return (
    <div className="test-notification">
      <button type="button" className="button" onClick={() => void test()}>
        {t('testNotification.send')}
      </button>
      <ErrorAlert error={outcome && outcome !== 'sent' ? words[outcome] : ''} />
      <p className="hint" role="status">
        {outcome === 'sent' ? words.sent : ''}
      </p>
    </div>
  );
}
