import { tellWorkerListChanged } from '../../components/tell-worker';
import { reopenCommitment } from '../../lib/store/db/commitments';
import type { Commitment } from '../../lib/domain/types';
import './dropped-list.css';

/** The day's dropped commitments, folded away, each one restorable. */
export function DroppedList({ dropped }: { dropped: Commitment[] }) {
  if (dropped.length === 0) return null;
  return (
    <details className="dropped">
      <summary>Dropped ({dropped.length})</summary>
      <ul>
        {dropped.map((c) => (
          <li key={c.id}>
            <span className="dropped-title">{c.title}</span>
            <button
              type="button"
              className="button quiet small"
              aria-label={`Restore “${c.title}”`}
              onClick={() => void reopenCommitment(c.id).then(tellWorkerListChanged)}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
