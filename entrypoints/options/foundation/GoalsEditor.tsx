import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AddItemForm } from '../../../components/AddItemForm';
import { AutosaveField } from '../../../components/AutosaveField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { focusFirst, nearbyControls } from '../../../components/focus-neighbour';
import { ReorderableList } from '../../../components/ReorderableList';
import { useUndo } from '../../../components/UndoProvider';
import { useRunAndReport } from '../../../components/use-run-and-report';
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
import { LIMITS } from '../../../lib/domain/validation';
import './goals-editor.css';

/**
 * What the leader wants to carry out: create, edit, reorder, achieve, archive, delete with undo. In
 * setup (`forSetup`), only what a first list needs: each goal's title and why it matters, and remove.
 */
export function GoalsEditor({ forSetup = false }: { forSetup?: boolean }) {
  const { t } = useTranslation('foundation');
  const goals = useLiveQuery(goalsInOrder, []);
  const offerUndo = useUndo();
  const { error, run } = useRunAndReport();
  const heading = useRef<HTMLHeadingElement>(null);
  if (!goals) return null;

  // The card leaves its list (deleted, or moved to a closed group): focus goes to the same button on
  // the next card, or else to the list's heading, so keyboard users keep their place.
  const next = (control: HTMLElement) => [...nearbyControls(control), heading.current];

  async function remove(goal: Goal, control: HTMLElement) {
    const targets = next(control);
    let deleted: Goal | undefined;
    if (!(await run(async () => (deleted = await deleteGoal(goal.id))))) return;
    focusFirst(targets);
    if (deleted) offerUndo(t('goals.deleted', { title: goal.title }), () => restoreGoal(deleted!));
  }

  async function changeStatus(goal: Goal, status: GoalStatus, control: HTMLElement) {
    const targets = next(control);
    if (await run(() => setGoalStatus(goal.id, status))) focusFirst(targets);
  }

  const byStatus = (status: GoalStatus) => goals.filter((goal) => goal.status === status);
  const active = byStatus('active');
  const actions: GoalActions = {
    forSetup,
    onStatus: (goal, status, control) => void changeStatus(goal, status, control),
    onRemove: (goal, control) => void remove(goal, control),
  };
  const listName = forSetup ? t('goals.yours') : t('goals.active');

  return (
    <div className="goals-editor">
      <AddItemForm
        className="inline-form new-goal"
        label={t('goals.new')}
        hint={t('goals.newHint')}
        maxLength={LIMITS.title}
        button={{ label: t('goals.add'), className: 'button primary' }}
        onAdd={(title) => addGoal({ title })}
        failure={t('goals.addFailed')}
      />
      <ErrorAlert error={error} />
      <h2 ref={heading} tabIndex={-1}>
        {listName}
      </h2>
      {active.length === 0 ? (
        <p className="hint">{t('goals.none')}</p>
      ) : (
        <ReorderableList
          className="goal-list"
          items={active}
          getKey={(goal) => goal.id}
          getLabel={(goal) => goal.title}
          label={listName}
          onReorder={(ids) => run(() => reorderGoals(ids))}
          renderItem={(goal) => <GoalCard goal={goal} {...actions} />}
        />
      )}
      {!forSetup && (
        <>
          <GoalGroup title={t('goals.achieved')} goals={byStatus('achieved')} {...actions} />
          <GoalGroup title={t('goals.archived')} goals={byStatus('archived')} {...actions} />
        </>
      )}
    </div>
  );
}

interface GoalActions {
  /** Setup's card: no success measure, no achieve or archive, and "Remove" for delete. */
  forSetup: boolean;
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

function GoalCard({ goal, forSetup, onStatus, onRemove }: { goal: Goal } & GoalActions) {
  const { t } = useTranslation('foundation');
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
        label={t('goals.goal')}
        context={goal.title}
        draftKey={`goal.${goal.id}.title`}
        value={goal.title}
        save={(title) => updateGoal(goal.id, { title })}
        maxLength={LIMITS.title}
        className="goal-title"
      />
      <div className={forSetup ? undefined : 'two-columns'}>
        <AutosaveField
          label={t('goals.why')}
          context={goal.title}
          draftKey={`goal.${goal.id}.why`}
          value={goal.why}
          save={(why) => updateGoal(goal.id, { why })}
          maxLength={LIMITS.statement}
          multiline
        />
        {!forSetup && (
          <AutosaveField
            label={t('goals.success')}
            context={goal.title}
            draftKey={`goal.${goal.id}.successMeasure`}
            value={goal.successMeasure}
            save={(successMeasure) => updateGoal(goal.id, { successMeasure })}
            maxLength={LIMITS.statement}
            multiline
          />
        )}
      </div>
      <div className="goal-actions">
        {forSetup ? null : goal.status === 'active' ? (
          <>
            {status('achieved', 'achieve', t('goals.markAchieved'))}
            {status('archived', 'archive', t('goals.archive'))}
          </>
        ) : (
          status('active', 'reactivate', t('goals.reactivate'))
        )}
        <button
          type="button"
          className="button quiet danger"
          data-row-action="delete"
          onClick={(event) => onRemove(goal, event.currentTarget)}
        >
          {forSetup ? t('goals.remove') : t('goals.delete')}
          <span className="visually-hidden">: {goal.title}</span>
        </button>
      </div>
    </div>
  );
}
