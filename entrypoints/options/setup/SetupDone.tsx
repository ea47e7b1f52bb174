import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { useSettings } from '../../../components/use-storage-items';
import { useNow } from '../../../components/use-today';
import { describePromptTime, nextReviewPromptAt } from '../../../lib/domain/first-prompt';
import { localTimeZone, today } from '../../../lib/platform/clock';
import { finishedReviewDays } from '../../../lib/store/db/reviews';

/** When the first end-of-day prompt comes, in a sentence; none while the settings load. */
function FirstPrompt() {
  const now = useNow();
  const settings = useSettings();
  const zone = localTimeZone();
  const reviewed = useLiveQuery(() => finishedReviewDays(today(now, zone)), [now, zone]);
  if (!settings || !reviewed) return null;
  const at = nextReviewPromptAt(settings, now, zone, reviewed);
  if (at === null) {
    return (
      <p className="lead first-prompt">
        No end-of-day prompt will come: {settings.promptsEnabled ? 'no day is a workday' : 'prompts are off'}.
        The review is always one click away in the toolbar button, and you can change this in{' '}
        <a href="#/settings">Settings</a>.
      </p>
    );
  }
  return (
    <p className="lead first-prompt">
      Your first end-of-day review prompt comes <strong>{describePromptTime(at, now, zone)}</strong>.
    </p>
  );
}

/** The end of setup: when Flourish first asks, and where to go now. */
export function SetupDone() {
  return (
    <div className="done">
      <FirstPrompt />
      <p>Open a new tab to see your vision.</p>
      <p>
        Each morning, click Flourish in the toolbar (or press Alt+Shift+F) and commit to the one to five
        actions that would make the day count.
      </p>
      <p className="actions">
        <button type="button" className="button primary" onClick={() => void browser.tabs.create({})}>
          Open a new tab
        </button>
        <a className="button" href="#/vision">
          Go to your foundation
        </a>
      </p>
    </div>
  );
}
