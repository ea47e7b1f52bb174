import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment, Goal } from '../../lib/domain/types';
import { strengthById } from '../../lib/domain/strengths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IfThenLine } from '../../components/IfThenLine';
import { useRunAndReport } from '../../components/use-run-and-report';
import { hasPlanDraft } from '../../components/plan-draft';
import { RowActions } from './RowActions';
import { TitleEditor } from './TitleEditor';
import { saveLeftTitleDraft } from './title-draft';
import { ROW_FOCUS, ROW_KEYS, type RowState } from './TodayList';
import './commitment-row.css';

interface CommitmentRowProps {
  commitment: Commitment;
  done: boolean;
  /** Every goal by id; undefined while they load (so nothing shows as removed too early). */
  goals: Map<string, Goal> | undefined;
  /** Where it was carried from and what got in the way there ("carried from Tue · low energy"). */
  carried?: string;
  row: RowState;
  /** The id of the hint that names the row's keys. */
  hintId: string;
  isFirst: boolean;
  isLast: boolean;
  panelOpen: boolean;
  onToggleDone: (done: boolean) => void;
  onTogglePanel: () => void;
  onDrop: () => void;
}

/** The id of a row's tick box, its one stop for the keyboard, so focus can be sent back to it. */
export const rowFocusId = (id: string) => `row-${id}`;

/**
 * One of today's commitments: its tick box (the row's one Tab stop), its title and small labels for
 * its goal and strength. Enter edits the title, Delete drops it, L opens its links and plan, and →
 * (or the ⋯ button) shows the rest of its actions.
 */
export function CommitmentRow(props: CommitmentRowProps) {
  const { commitment } = props;
  const { t } = useTranslation('popup');
  const [editing, setEditing] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const { error, run, clear } = useRunAndReport();
  const menuButton = useRef<HTMLButtonElement>(null);
  // Today's review marked it not done and decided what happens to it (carried, moved or let go):
  // ticking or dropping it now would contradict the review, so it shows as settled.
  const reviewedNotDone = commitment.status === 'not-done';
  const goal = commitment.goalId ? props.goals?.get(commitment.goalId) : undefined;
  const strength = commitment.strengthId ? strengthById(commitment.strengthId) : undefined;
  const labelsId = `labels-${commitment.id}`;
  const planId = `plan-${commitment.id}`;
  useEffect(() => void saveLeftTitleDraft(commitment.id), [commitment.id]);
  const focusRow = () => document.getElementById(rowFocusId(commitment.id))?.focus();

  function closeMenu() {
    setMenuOpen(false);
    focusRow();
  }

  function onRowKey(event: KeyboardEvent) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    if (key === 'Enter') setEditing(true);
    else if ((key === 'Delete' || key === 'Backspace') && !reviewedNotDone) props.onDrop();
    else if (key === 'l' || key === 'L') props.onTogglePanel();
    else if (key === 'ArrowRight') menuButton.current?.focus();
    else if (key === 'ContextMenu' || (key === 'F10' && event.shiftKey)) setMenuOpen(true);
    else if (key === 'Escape' && (menuOpen || props.panelOpen)) {
      setMenuOpen(false);
      if (props.panelOpen) props.onTogglePanel();
    } else return;
    event.preventDefault();
  }

  function onMenuButtonKey(event: KeyboardEvent) {
    if (event.key === 'ArrowLeft' || (event.key === 'Escape' && menuOpen)) {
      event.preventDefault();
      closeMenu();
    }
  }

  const rowClass = `commitment${props.done ? ' is-done' : ''}${reviewedNotDone ? ' is-not-done' : ''}`;
  return (
    <>
      <input
        type="checkbox"
        id={rowFocusId(commitment.id)}
        className="row-check"
        {...{ [ROW_FOCUS]: '' }}
        tabIndex={props.row.tabStop ? 0 : -1}
        checked={props.done}
        aria-label={commitment.title}
        aria-disabled={reviewedNotDone || undefined}
        aria-describedby={`${labelsId}${commitment.ifThen ? ` ${planId}` : ''} ${props.hintId}`}
        aria-keyshortcuts={ROW_KEYS}
        onClick={(event) => reviewedNotDone && event.preventDefault()}
        onChange={(event) => !reviewedNotDone && props.onToggleDone(event.target.checked)}
        onKeyDown={onRowKey}
      />
      <div className={rowClass}>
        {editing ? (
          <TitleEditor
            commitment={commitment}
            run={run}
            clear={clear}
            onDone={(refocus) => {
              setEditing(false);
              if (refocus) focusRow();
            }}
          />
        ) : (
          // By mouse a click on the title edits it; by keyboard, Enter on the row does.
          <span className="commitment-title" onClick={() => setEditing(true)}>
            {commitment.title}
          </span>
        )}{' '}
        <span className="commitment-labels" id={labelsId}>
          {reviewedNotDone && <span className="tag not-done">{t('row.notDone')}</span>}
          {commitment.goalId && props.goals && (
            <span className={`tag goal${goal ? '' : ' removed'}`} title={goal?.title}>
              {goal ? (
                <>
                  <span className="visually-hidden">{`${t('row.goal')} `}</span>
                  {goal.title}
                </>
              ) : (
                t('row.goalRemoved')
              )}
            </span>
          )}
          {strength && (
            <span className="tag strength">
              <span className="visually-hidden">{`${t('row.strength')} `}</span>
              {strength.name}
            </span>
          )}
          {commitment.recurrenceId && <span className="tag">{t('row.recurring')}</span>}
          {props.carried && (
            <span className="tag carried" title={props.carried}>
              {props.carried}
            </span>
          )}
          {hasPlanDraft(commitment.id) && !props.panelOpen && (
            <span className="tag">{t('row.planNotSaved')}</span>
          )}
        </span>
        {commitment.ifThen && <IfThenLine plan={commitment.ifThen} id={planId} />}
      </div>
      <button
        type="button"
        ref={menuButton}
        className="row-menu-button"
        tabIndex={-1}
        aria-label={t('row.actions', { title: commitment.title })}
        aria-expanded={menuOpen}
        aria-controls={menuOpen ? `actions-${commitment.id}` : undefined}
        onClick={() => setMenuOpen(!menuOpen)}
        onKeyDown={onMenuButtonKey}
      >
        ⋯
      </button>
      {menuOpen && (
        <RowActions
          id={`actions-${commitment.id}`}
          title={commitment.title}
          canDrop={!reviewedNotDone}
          isFirst={props.isFirst}
          isLast={props.isLast}
          panelOpen={props.panelOpen}
          onClose={closeMenu}
          onEdit={() => {
            setMenuOpen(false);
            setEditing(true);
          }}
          // Each action closes the menu with focus back on the row first: the button pressed goes
          // with the menu, and focus must not fall to the page (a move then follows the row).
          onTogglePanel={() => {
            closeMenu();
            props.onTogglePanel();
          }}
          onMove={(offset) => {
            closeMenu();
            props.row.move(offset);
          }}
          onDrop={() => {
            closeMenu();
            props.onDrop();
          }}
        />
      )}
      <ErrorAlert error={error} />
    </>
  );
}
