import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { renameCommitment } from '../../lib/store/db/commitments';
import type { Commitment, Goal } from '../../lib/domain/types';
import { strengthById } from '../../lib/domain/strengths';
import { LIMITS } from '../../lib/domain/validation';
import { CharacterCount } from '../../components/CharacterCount';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRunAndReport } from '../../components/use-run-and-report';
import './commitment-row.css';

interface CommitmentRowProps {
  commitment: Commitment;
  done: boolean;
  /** Every goal by id; undefined while they load (so nothing shows as removed too early). */
  goals: Map<string, Goal> | undefined;
  expanded: boolean;
  onToggleDone: (done: boolean) => void;
  onToggleDetails: () => void;
  onDrop: () => void;
}

/** The id of a row's title button, so focus can be sent back to it. */
export const titleId = (id: string) => `title-${id}`;
/** The id of a row's Link button. */
export const linkButtonId = (id: string) => `link-${id}`;

/** One of today's commitments: tick, edit the title in place, see its links, open details, drop. */
export function CommitmentRow(props: CommitmentRowProps) {
  const { commitment } = props;
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(commitment.title);
  const { error, run, clear } = useRunAndReport();
  // Enter or Escape ends editing from the keyboard: focus goes back to the title, not to the page.
  const refocus = useRef(false);
  const titleButton = useRef<HTMLButtonElement>(null);
  // Today's review marked it not done and decided what happens to it (carried, moved or let go):
  // ticking it now would contradict the review, so it shows as settled.
  const reviewedNotDone = commitment.status === 'not-done';

  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    titleButton.current?.focus();
  }, [editing]);
  const goal = commitment.goalId ? props.goals?.get(commitment.goalId) : undefined;
  const strength = commitment.strengthId ? strengthById(commitment.strengthId) : undefined;

  async function commit() {
    if (title.trim() === commitment.title) {
      setEditing(false);
      clear();
      return;
    }
    if (await run(() => renameCommitment(commitment.id, title))) setEditing(false);
    // Still editing: a later blur (the user moving elsewhere) must not pull focus back here.
    else refocus.current = false;
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter') {
      refocus.current = true;
      void commit();
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      refocus.current = true;
      setTitle(commitment.title);
      setEditing(false);
      clear();
    }
  }

  return (
    <div className={`commitment${props.done ? ' is-done' : ''}${reviewedNotDone ? ' is-not-done' : ''}`}>
      <div className="commitment-main">
        <input
          type="checkbox"
          checked={props.done}
          disabled={reviewedNotDone}
          aria-label={commitment.title}
          aria-describedby={reviewedNotDone ? `not-done-${commitment.id}` : undefined}
          onChange={(event) => props.onToggleDone(event.target.checked)}
        />
        {editing ? (
          <span className="title-edit">
            <input
              className="input title-input"
              aria-label={`Edit “${commitment.title}”`}
              aria-describedby={`edit-count-${commitment.id}`}
              value={title}
              maxLength={LIMITS.commitmentTitle}
              autoFocus
              onChange={(event) => setTitle(event.target.value)}
              onKeyDown={onKeyDown}
              onBlur={() => void commit()}
            />
            <CharacterCount
              id={`edit-count-${commitment.id}`}
              length={title.length}
              max={LIMITS.commitmentTitle}
            />
          </span>
        ) : (
          <button
            type="button"
            id={titleId(commitment.id)}
            ref={titleButton}
            className="title-button"
            onClick={() => {
              setTitle(commitment.title);
              setEditing(true);
            }}
          >
            {commitment.title}
            <span className="visually-hidden"> (edit)</span>
          </button>
        )}
      </div>
      <ErrorAlert error={error} />
      <div className="commitment-meta">
        {reviewedNotDone && (
          <span className="tag not-done" id={`not-done-${commitment.id}`}>
            Not done (reviewed)
          </span>
        )}
        {commitment.goalId && props.goals && (
          <span className={`tag${goal ? '' : ' removed'}`}>
            {goal ? `Goal: ${goal.title}` : 'Goal removed'}
          </span>
        )}
        {strength && <span className="tag strength">{strength.name}</span>}
        {commitment.recurrenceId && <span className="tag">Recurring</span>}
        {commitment.carriedFrom && <span className="tag">Carried over</span>}
        {commitment.ifThen && (
          <span className="if-then-text">
            When {commitment.ifThen.when}, I will {commitment.ifThen.then}.
          </span>
        )}
      </div>
      <div className="commitment-actions">
        <button
          type="button"
          id={linkButtonId(commitment.id)}
          className="button quiet small"
          aria-expanded={props.expanded}
          aria-label={`Link “${commitment.title}”`}
          onClick={props.onToggleDetails}
        >
          Link
        </button>
        {!reviewedNotDone && (
          <button
            type="button"
            className="button quiet small"
            aria-label={`Drop “${commitment.title}”`}
            onClick={props.onDrop}
          >
            Drop
          </button>
        )}
      </div>
    </div>
  );
}
