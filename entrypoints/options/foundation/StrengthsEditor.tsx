import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState, type FormEvent } from 'react';
import { AutosaveField } from '../../../components/AutosaveField';
import { ReorderableList } from '../../../components/ReorderableList';
import { useUndo } from '../../../components/UndoProvider';
import {
  appendToRanking,
  getRankings,
  removeFromRanking,
  restoreToRanking,
  saveRanking,
  saveStrengthNote,
} from '../../../lib/db/strengths';
import { describeError } from '../../../lib/errors';
import { SIGNATURE_COUNT, rankedStrengths } from '../../../lib/ranking';
import { STRENGTHS, VIA_CREDIT, VIA_SURVEY_URL, VIRTUES, type Strength } from '../../../lib/strengths';
import { LIMITS } from '../../../lib/validation';

/** Strengths whose name starts with, or contains, what the user typed; best matches first. */
function matching(query: string, candidates: readonly Strength[]): Strength[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [...candidates];
  const starts = candidates.filter((s) => s.name.toLocaleLowerCase().startsWith(q));
  const contains = candidates.filter((s) => !starts.includes(s) && s.name.toLocaleLowerCase().includes(q));
  return [...starts, ...contains];
}

/** The user's VIA ranking: top five required, all 24 optional, reorderable, with a note each. */
export function StrengthsEditor() {
  const rankings = useLiveQuery(getRankings, []);
  const offerUndo = useUndo();
  const [error, setError] = useState('');
  if (!rankings) return null;

  const notes = new Map(rankings.map((r) => [r.id, r.note]));
  const ranked = rankedStrengths(rankings);
  const rankedIds = ranked.map((s) => s.id);
  const unranked = STRENGTHS.filter((s) => !rankedIds.includes(s.id));

  async function run(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
      setError('');
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  async function remove(strength: Strength) {
    await run(async () => {
      const removed = await removeFromRanking(strength.id);
      if (removed) offerUndo(`Removed ${strength.name} from your ranking.`, () => restoreToRanking(removed));
    });
  }

  const missing = Math.max(0, SIGNATURE_COUNT - ranked.length);
  return (
    <div className="strengths-editor">
      <div className="via-intro">
        <p>
          Your coach may have asked you to take the free VIA Character Strengths survey. If you haven’t yet,{' '}
          <a href={VIA_SURVEY_URL} target="_blank" rel="noreferrer noopener">
            take the VIA survey at viacharacter.org
          </a>{' '}
          (opens in a new tab), then enter the order your report gives you. Your top five are your signature
          strengths.
        </p>
        <p className="hint">
          {VIA_CREDIT}. Flourish does not score you; it only keeps the ranking you enter.
        </p>
      </div>

      <p className={missing > 0 ? 'status-line warn' : 'status-line ok'} aria-live="polite">
        {missing > 0
          ? `${ranked.length} of ${SIGNATURE_COUNT} signature strengths chosen: add ${missing} more, in your report’s order.`
          : `Your top ${SIGNATURE_COUNT} are set. ${ranked.length} of 24 ranked.`}
      </p>

      {ranked.length > 0 && (
        <ReorderableList
          ordered
          className="strength-ranking"
          items={ranked}
          getKey={(s) => s.id}
          getLabel={(s) => s.name}
          label="My strengths ranking"
          onReorder={(ids) => run(() => saveRanking(ids))}
          renderItem={(strength, index) => (
            <div className="ranked-strength">
              <div className="ranked-strength-head">
                <span className="rank" aria-hidden="true">
                  {index + 1}
                </span>
                <strong>{strength.name}</strong>
                {index < SIGNATURE_COUNT && <span className="badge">Signature</span>}
                <button
                  type="button"
                  className="button quiet danger small"
                  onClick={() => void remove(strength)}
                >
                  Remove<span className="visually-hidden"> {strength.name}</span>
                </button>
              </div>
              <p className="hint">{strength.description}</p>
              <details className="strength-note" open={Boolean(notes.get(strength.id))}>
                <summary>{notes.get(strength.id) ? 'My note' : 'Add a note'}</summary>
                <AutosaveField
                  label={`How I use ${strength.name}`}
                  draftKey={`strength.${strength.id}.note`}
                  value={notes.get(strength.id) ?? ''}
                  save={(note) => saveStrengthNote(strength.id, note)}
                  maxLength={LIMITS.statement}
                  placeholder="When this strength shows up at its best"
                />
              </details>
            </div>
          )}
        />
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}

      {unranked.length > 0 && (
        <StrengthPicker unranked={unranked} onPick={(s) => void run(() => appendToRanking(s.id))} />
      )}
    </div>
  );
}

/** Adds strengths in rank order: type a name and press Enter, or pick from the 24 by virtue. */
function StrengthPicker({
  unranked,
  onPick,
}: {
  unranked: Strength[];
  onPick: (strength: Strength) => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const matches = matching(query, unranked);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const first = matches[0];
    if (query.trim() && first) {
      onPick(first);
      setQuery('');
    }
  }

  // The picked button disappears from the list; focus returns to the name field, ready for the next.
  function pickAndRefocus(strength: Strength) {
    onPick(strength);
    setQuery('');
    input.current?.focus();
  }

  return (
    <section className="strength-picker" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Add your next strength</h2>
      <form onSubmit={onSubmit}>
        <label htmlFor={id}>Type a strength and press Enter</label>
        <input
          id={id}
          ref={input}
          className="input"
          value={query}
          autoComplete="off"
          aria-describedby={`${id}-match`}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p id={`${id}-match`} className="hint" aria-live="polite">
          {query.trim() === ''
            ? 'Or choose below, in the order of your report.'
            : matches[0]
              ? `Enter adds ${matches[0].name}.`
              : 'No strength by that name is left to add.'}
        </p>
      </form>
      {query.trim() === '' ? (
        VIRTUES.map((virtue) => {
          const strengths = unranked.filter((s) => s.virtue === virtue.id);
          if (strengths.length === 0) return null;
          return (
            <div key={virtue.id} className="virtue-group" role="group" aria-label={virtue.name}>
              <span className="virtue-name">{virtue.name}</span>
              {strengths.map((strength) => (
                <PickButton key={strength.id} strength={strength} onPick={pickAndRefocus} />
              ))}
            </div>
          );
        })
      ) : (
        <div className="virtue-group" role="group" aria-label="Matching strengths">
          {matches.map((strength) => (
            <PickButton key={strength.id} strength={strength} onPick={pickAndRefocus} />
          ))}
        </div>
      )}
    </section>
  );
}

function PickButton({ strength, onPick }: { strength: Strength; onPick: (strength: Strength) => void }) {
  return (
    <button
      type="button"
      className="chip-button"
      title={strength.description}
      onClick={() => onPick(strength)}
    >
      + {strength.name}
    </button>
  );
}
