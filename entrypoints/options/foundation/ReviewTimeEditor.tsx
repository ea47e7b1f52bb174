import { useId, useState } from 'react';
import { useStorageItem } from '../../../components/use-storage-item';
import { describeError } from '../../../lib/errors';
import { DEFAULT_SETTINGS, settingsItem, updateSettings } from '../../../lib/settings';

/** The end-of-day review time, saved as soon as a valid time is entered. */
export function ReviewTimeEditor() {
  const settings = useStorageItem(settingsItem);
  if (!settings) return null;
  return <ReviewTimeField initial={{ ...DEFAULT_SETTINGS, ...settings }.reviewTime} />;
}

function ReviewTimeField({ initial }: { initial: string }) {
  const id = useId();
  const [time, setTime] = useState(initial);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  async function save(next: string) {
    setTime(next);
    if (!next) {
      setError('Enter a time, such as 17:30.');
      return;
    }
    try {
      await updateSettings({ reviewTime: next });
      setError('');
      setStatus('Saved');
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  return (
    <div className="field review-time">
      <label htmlFor={id}>End-of-day review time</label>
      <p id={`${id}-hint`} className="hint">
        On workdays at this time Flourish asks how the day went: two minutes to look at what got done and what
        got in the way.
      </p>
      <input
        id={id}
        type="time"
        className="input time-input"
        value={time}
        required
        aria-describedby={`${id}-hint ${id}-status`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => void save(event.target.value)}
      />
      <div className="field-footer">
        {error ? (
          <span id={`${id}-status`} className="save-status error" role="alert">
            {error}
          </span>
        ) : (
          <span id={`${id}-status`} className="save-status" aria-live="polite">
            {status}
          </span>
        )}
      </div>
    </div>
  );
}
