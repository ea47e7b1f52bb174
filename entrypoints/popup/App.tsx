import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { CommitmentChecklist } from '../../components/CommitmentChecklist';
import { StrengthChips } from '../../components/StrengthChips';
import { useToday } from '../../components/use-today';
import { addCommitment, commitmentsForDay } from '../../lib/db/commitments';
import { getRankings } from '../../lib/db/strengths';
import { formatDayLong, formatProgress } from '../../lib/format';
import { signatureStrengths } from '../../lib/ranking';
import { LIMITS, ValidationError } from '../../lib/validation';

export default function App() {
  const day = useToday();
  const commitments = useLiveQuery(() => commitmentsForDay(day), [day]);
  const rankings = useLiveQuery(getRankings, []);
  const topStrengths = rankings ? signatureStrengths(rankings) : [];
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      await addCommitment(day, title);
      setTitle('');
      setError('');
    } catch (failure) {
      setError(failure instanceof ValidationError ? failure.message : 'That commitment could not be saved.');
    }
  }

  const done = commitments?.filter((c) => c.status === 'done').length ?? 0;
  const counted = commitments?.filter((c) => c.status !== 'dropped').length ?? 0;

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Today</h1>
        <p className="hint">
          {formatDayLong(day)}
          {counted > 0 && <span className="progress"> · {formatProgress(done, counted)}</span>}
        </p>
      </header>
      <form onSubmit={onSubmit} className="add-form">
        <label htmlFor="new-commitment">Commit to an action</label>
        <input
          id="new-commitment"
          className="input"
          value={title}
          maxLength={LIMITS.commitmentTitle}
          placeholder="What will you do today? Press Enter to add"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-commitment-error' : undefined}
          onChange={(event) => setTitle(event.target.value)}
          autoFocus
        />
        {error && (
          <p id="new-commitment-error" className="error" role="alert">
            {error}
          </p>
        )}
      </form>
      {commitments === undefined ? null : commitments.length === 0 ? (
        <p className="empty">Nothing committed yet. What is the one thing that would make today count?</p>
      ) : (
        <CommitmentChecklist commitments={commitments} label="Today’s commitments" />
      )}
      {topStrengths.length > 0 && (
        <section className="popup-strengths" aria-labelledby="strengths-heading">
          <h2 id="strengths-heading">My top strengths</h2>
          <StrengthChips strengths={topStrengths} label="My top strengths" />
        </section>
      )}
    </main>
  );
}
