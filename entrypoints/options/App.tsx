import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { getVision, saveVision } from '../../lib/db/vision';
import { LIMITS, ValidationError } from '../../lib/validation';

export default function App() {
  const vision = useLiveQuery(() => getVision().then((v) => v ?? null), []);
  if (vision === undefined) return null;
  return (
    <main className="options">
      <h1>Flourish</h1>
      <VisionForm initialStatement={vision?.statement ?? ''} />
    </main>
  );
}

function VisionForm({ initialStatement }: { initialStatement: string }) {
  const [statement, setStatement] = useState(initialStatement);
  const [status, setStatus] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      await saveVision({ statement });
      setStatus('Saved.');
    } catch (failure) {
      setStatus(failure instanceof ValidationError ? failure.message : 'Your vision could not be saved.');
    }
  }

  return (
    <form onSubmit={onSubmit} className="card">
      <div className="field">
        <label htmlFor="vision-statement">My vision</label>
        <p id="vision-hint" className="hint">
          What you want, in a sentence or two: how it looks and feels when it is real.
        </p>
        <textarea
          id="vision-statement"
          className="textarea"
          aria-describedby="vision-hint"
          maxLength={LIMITS.statement}
          value={statement}
          onChange={(event) => {
            setStatement(event.target.value);
            setStatus('');
          }}
        />
      </div>
      <button type="submit" className="button primary">
        Save vision
      </button>{' '}
      <span role="status">{status}</span>
    </form>
  );
}
