import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { TimeField } from '../../../components/TimeField';
import { useStorageItem } from '../../../components/use-storage-item';
import { describeError } from '../../../lib/errors';
import type { WorkerMessage } from '../../../lib/messages';
import { WEEKDAY_NAMES } from '../../../lib/recurrence';
import {
  DEFAULT_SETTINGS,
  SNOOZE_CHOICES,
  settingsItem,
  updateSettings,
  type Settings,
} from '../../../lib/settings';

const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** When Flourish asks: review time, workdays, notifications, snooze, morning prompt, weekly day. */
export function SettingsEditor() {
  const stored = useStorageItem(settingsItem);
  if (!stored) return null;
  return <SettingsForm initial={{ ...DEFAULT_SETTINGS, ...stored }} />;
}

function SettingsForm({ initial }: { initial: Settings }) {
  const id = useId();
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  async function save(changes: Partial<Settings>) {
    const next = { ...settings, ...changes };
    setSettings(next);
    try {
      await updateSettings(changes);
      setError('');
      setStatus('Saved');
    } catch (failure) {
      setStatus('');
      setError(describeError(failure));
    }
  }

  async function testPrompt() {
    try {
      await browser.runtime.sendMessage({ type: 'test-prompt' } satisfies WorkerMessage);
      setStatus(
        'A test notification was sent. If it did not appear, check that your system allows notifications from the browser.',
      );
    } catch (failure) {
      setError(describeError(failure, 'The test notification could not be sent.'));
    }
  }

  return (
    <div className="settings">
      <section aria-labelledby={`${id}-review`}>
        <h2 id={`${id}-review`}>End-of-day review</h2>
        <div className="field">
          <label htmlFor={`${id}-time`}>Review time</label>
          <TimeField
            id={`${id}-time`}
            value={settings.reviewTime}
            onCommit={(reviewTime) => void save({ reviewTime })}
          />
        </div>
        <fieldset>
          <legend>Workdays</legend>
          <p className="hint">Reviews, morning prompts and the review streak count these days only.</p>
          <div className="weekday-picks">
            {WEEK_ORDER.map((day) => (
              <label key={day} className="check">
                <input
                  type="checkbox"
                  checked={settings.workdays.includes(day)}
                  onChange={(event) =>
                    void save({
                      workdays: event.target.checked
                        ? [...settings.workdays, day]
                        : settings.workdays.filter((d) => d !== day),
                    })
                  }
                />
                {WEEKDAY_NAMES[day]}
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <section aria-labelledby={`${id}-prompts`}>
        <h2 id={`${id}-prompts`}>Prompts</h2>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.promptsEnabled}
            onChange={(event) => void save({ promptsEnabled: event.target.checked })}
          />
          Show a notification when it is time (the badge and the new tab still show a waiting review)
        </label>
        <div className="field inline-field">
          <label htmlFor={`${id}-snooze`}>Snooze for</label>
          <select
            id={`${id}-snooze`}
            className="select"
            value={settings.snoozeMinutes}
            onChange={(event) => void save({ snoozeMinutes: Number(event.target.value) })}
          >
            {SNOOZE_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minutes
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.morningTime !== null}
            onChange={(event) => void save({ morningTime: event.target.checked ? '08:30' : null })}
          />
          Ask each workday morning: “What will you commit to today?”
        </label>
        {settings.morningTime !== null && (
          <div className="field inline-field">
            <label htmlFor={`${id}-morning`}>Morning prompt at</label>
            <TimeField
              id={`${id}-morning`}
              value={settings.morningTime}
              onCommit={(morningTime) => void save({ morningTime })}
            />
          </div>
        )}
        <div className="field inline-field">
          <label htmlFor={`${id}-weekly`}>Weekly zoom-out on</label>
          <select
            id={`${id}-weekly`}
            className="select"
            value={settings.weeklyReviewDay ?? ''}
            onChange={(event) =>
              void save({ weeklyReviewDay: event.target.value === '' ? null : Number(event.target.value) })
            }
          >
            <option value="">No weekly review</option>
            {WEEK_ORDER.map((day) => (
              <option key={day} value={day}>
                {WEEKDAY_NAMES[day]}
              </option>
            ))}
          </select>
        </div>
        <p className="hint">The weekly zoom-out comes half an hour after the review time.</p>
        <button type="button" className="button" onClick={() => void testPrompt()}>
          Send a test notification
        </button>
      </section>

      <p className="settings-status">
        {error ? (
          <span className="error" role="alert">
            {error}
          </span>
        ) : (
          <span className="hint" role="status">
            {status}
          </span>
        )}
      </p>
    </div>
  );
}
