import { useId, useState } from 'react';
import { TimeField } from '../../../components/TimeField';
import { useSettings } from '../../../components/use-storage-items';
import { useRunAndReport } from '../../../components/use-run-and-report';
import { updateSettings } from '../../../lib/store/storage-items';
import '../../../components/autosave-field.css';
import '../../../components/save-status.css';

/** The end-of-day review time, saved as soon as a valid time is entered. */
export function ReviewTimeEditor() {
  const settings = useSettings();
  if (!settings) return null;
  return <ReviewTimeField initial={settings.reviewTime} />;
}

function ReviewTimeField({ initial }: { initial: string }) {
  const id = useId();
  const [status, setStatus] = useState('');
  const { error, run } = useRunAndReport();

  async function save(next: string) {
    if (await run(() => updateSettings({ reviewTime: next }))) setStatus('Saved');
  }

  return (
    <div className="field review-time">
      <label htmlFor={id}>End-of-day review time</label>
      <p id={`${id}-hint`} className="hint">
        On workdays at this time Flourish asks how the day went: two minutes to look at what got done and what
        got in the way.
      </p>
      <TimeField
        id={id}
        value={initial}
        describedBy={`${id}-hint ${id}-status`}
        invalid={Boolean(error)}
        onCommit={(time) => void save(time)}
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
