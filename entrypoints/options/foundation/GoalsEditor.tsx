import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState, type FormEvent } from 'react';
import { AutosaveField } from '../../../components/AutosaveField';
import { CharacterCount } from '../../../components/CharacterCount';
import { focusFirst, nearbyControls } from '../../../components/focus-neighbour';
import { ReorderableList } from '../../../components/ReorderableList';
import { useUndo } from '../../../components/UndoProvider';
import {
  addGoal,
  deleteGoal,
  goalsInOrder,
  reorderGoals,
  restoreGoal,
  setGoalStatus,
  updateGoal,
} from '../../../lib/store/db/goals';
import type { Goal, GoalStatus } from '../../../lib/domain/types';
import { describeError } from '../../../lib/domain/errors';
import { LIMITS } from '../../../lib/domain/validation';

/** What the leader wants to carry out: create, edit, reorder, achieve, archive, delete with undo. */
export function GoalsEditor() {
  const goals = useLiveQuery(goalsInOrder, []);
  const offerUndo = useUndo();
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  if (!goals) return null;

  async function run(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
      setError('');
      return true;
    } catch (failure) {
      setError(describeError(failure));
      return false;
    }
  }

  // The card leaves its list (deleted, or moved to a closed group): focus goes to the same button on
  // the next card, or else to the list's heading, so keyboard users keep their place.
  const next = (control: HTMLElement) => [...nearbyControls(control), heading.current];

  async function remove(goal: Goal, control: HTMLElement) {
    const targets = next(control);
    let deleted: Goal | undefined;
    if (!(await run(async () => (deleted = await deleteGoal(goal.id))))) return;
    focusFirst(targets);
    if (deleted) offerUndo(`Deleted the goal “${goal.title}”.`, () => restoreGoal(deleted!));
  }

  async function changeStatus(goal: Goal, status: GoalStatus, control: HTMLElement) {
    const targets = next(control);
    if (await run(() => setGoalStatus(goal.id, status))) focusFirst(targets);
  }

  const byStatus = (status: GoalStatus) => goals.filter((goal) => goal.status === status);
  const active = byStatus('active');
  const actions: GoalActions = {
    onStatus: (goal, status, control) => void changeStatus(goal, status, control),
    onRemove: (goal, control) => void remove(goal, control),
  };

  return (
    <div className="goals-editor">
      <NewGoalForm onAdd={(title) => addGoal({ title })} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <h2 ref={heading} tabIndex={-1}>
        Active goals
      </h2>
      {active.length === 0 ? (
        <p className="hint">No active goals yet. What do you want to carry out in the next few months?</p>
      ) : (
        <ReorderableList
          className="goal-list"
          items={active}
          getKey={(goal) => goal.id}
          getLabel={(goal) => goal.title}
          label="Active goals"
          onReorder={(ids) => run(() => reorderGoals(ids))}
          renderItem={(goal) => <GoalCard goal={goal} {...actions} />}
        />
      )}
      <GoalGroup title="Achieved" goals={byStatus('achieved')} {...actions} />
      <GoalGroup title="Archived" goals={byStatus('archived')} {...actions} />
    </div>
  );
}

interface GoalActions {
  /** `control` is the button used: focus moves on from it once the card has left its list. */
  onStatus: (goal: Goal, status: GoalStatus, control: HTMLElement) => void;
  onRemove: (goal: Goal, control: HTMLElement) => void;
}

function GoalGroup({ title, goals, ...actions }: { title: string; goals: Goal[] } & GoalActions) {
  if (goals.length === 0) return null;
  return (
    <details className="goal-group">
      <summary>
        {title} ({goals.length})
      </summary>
      <ul className="plain-list">
        {goals.map((goal) => (
          <li key={goal.id}>
            <GoalCard goal={goal} {...actions} />
          </li>
        ))}
      </ul>
    </details>
  );
}

function GoalCard({ goal, onStatus, onRemove }: { goal: Goal } & GoalActions) {
  // Every card has the same visible labels; screen readers also hear which goal a field belongs to.
  const status = (next: GoalStatus, action: string, text: string) => (
    <button
      type="button"
      className="button"
      data-row-action={action}
      onClick={(event) => onStatus(goal, next, event.currentTarget)}
    >
      {text}
      <span className="visually-hidden">: {goal.title}</span>
    </button>
  );
  return (
    <div className={`goal-card status-${goal.status}`}>
      <AutosaveField
        label="Goal"
        context={goal.title}
        draftKey={`goal.${goal.id}.title`}
        value={goal.title}
        save={(title) => updateGoal(goal.id, { title })}
        maxLength={LIMITS.title}
        className="goal-title"
      />
      <div className="two-columns">
        <AutosaveField
          label="Why it matters"
          context={goal.title}
          draftKey={`goal.${goal.id}.why`}
          value={goal.why}
          save={(why) => updateGoal(goal.id, { why })}
          maxLength={LIMITS.statement}
          multiline
        />
        <AutosaveField
          label="How I’ll know I’ve succeeded"
          context={goal.title}
          draftKey={`goal.${goal.id}.successMeasure`}
          value={goal.successMeasure}
          save={(successMeasure) => updateGoal(goal.id, { successMeasure })}
          maxLength={LIMITS.statement}
          multiline
        />
      </div>
      <div className="goal-actions">
        {goal.status === 'active' ? (
          <>
            {status('achieved', 'achieve', 'Mark achieved')}
            {status('archived', 'archive', 'Archive')}
          </>
        ) : (
          status('active', 'reactivate', 'Make active again')
        )}
        <button
          type="button"
          className="button quiet danger"
          data-row-action="delete"
          onClick={(event) => onRemove(goal, event.currentTarget)}
        >
          Delete<span className="visually-hidden">: {goal.title}</span>
        </button>
      </div>
    </div>
  );
}

function NewGoalForm({ onAdd }: { onAdd: (title: string) => Promise<unknown> }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Cleared at once, so the next one can be typed while this one saves; put back if refused.
    const text = title;
    setTitle('');
    try {
      await onAdd(text);
      setError('');
    } catch (failure) {
      setTitle((current) => current || text);
      setError(describeError(failure, 'The goal could not be added.'));
    }
  }

  return (
    <form className="inline-form new-goal" onSubmit={onSubmit}>
      <label htmlFor={id}>New goal</label>
      <p id={`${id}-hint`} className="hint">
        For example: manage staff performance with regular feedback; meet this year’s productivity metrics;
        become more inspired and energised at work.
      </p>
      <div className="inline-form-row">
        <input
          id={id}
          className="input"
          value={title}
          maxLength={LIMITS.title}
          aria-describedby={`${id}-hint ${id}-count${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            setError('');
          }}
        />
        <button type="submit" className="button primary">
          Add goal
        </button>
      </div>
      <CharacterCount id={`${id}-count`} length={title.length} max={LIMITS.title} />
      {error && (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
