import { t } from '../../i18n';
import { db } from './db';
import { applyOrder } from './order';
import type { Goal, GoalStatus } from '../../domain/types';
import { LIMITS, checkGoalTitle, limitText } from '../../domain/validation';

/** Every goal in the user's order. */
export function goalsInOrder(): Promise<Goal[]> {
  return db.goals.orderBy('order').toArray();
}

/** Active goals in the user's order (what a commitment can be linked to). */
export async function activeGoals(): Promise<Goal[]> {
  return (await goalsInOrder()).filter((goal) => goal.status === 'active');
}

export interface GoalText {
  title: string;
  why?: string;
  successMeasure?: string;
}

/** Adds an active goal at the end of the list; the title is required. */
export async function addGoal(text: GoalText): Promise<Goal> {
  const title = checkGoalTitle(text.title);
  return db.transaction('rw', db.goals, async () => {
    const last = await db.goals.orderBy('order').last();
    const now = Date.now();
    const goal: Goal = {
      id: crypto.randomUUID(),
      title,
      why: limitText(text.why ?? '', t('errors:field.why'), LIMITS.statement),
      successMeasure: limitText(
        text.successMeasure ?? '',
        t('errors:field.successMeasure'),
        LIMITS.statement,
      ),
      status: 'active',
      order: (last?.order ?? 0) + 1,
      createdAt: now,
      updatedAt: now,
    };
    await db.goals.add(goal);
    return goal;
  });
}

/** Saves edits to a goal's texts; an empty title is refused. */
export async function updateGoal(id: string, text: Partial<GoalText>): Promise<void> {
  const changes: Partial<Goal> = { updatedAt: Date.now() };
  if (text.title !== undefined) changes.title = checkGoalTitle(text.title);
  if (text.why !== undefined) changes.why = limitText(text.why, t('errors:field.why'), LIMITS.statement);
  if (text.successMeasure !== undefined) {
    changes.successMeasure = limitText(
      text.successMeasure,
      t('errors:field.successMeasure'),
      LIMITS.statement,
    );
  }
  await db.goals.update(id, changes);
}

/**
 * Marks a goal active, achieved or archived. A goal made active again goes to the end of the active
 * list: its old place may since have been given to another goal by a reorder.
 */
export async function setGoalStatus(id: string, status: GoalStatus): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(id);
    if (!goal) return;
    const changes: Partial<Goal> = { status, updatedAt: Date.now() };
    if (status === 'active' && goal.status !== 'active') {
      changes.order = ((await db.goals.orderBy('order').last())?.order ?? 0) + 1;
    }
    await db.goals.update(id, changes);
  });
}

/** Puts goals in the order of `ids`. */
export function reorderGoals(ids: readonly string[]): Promise<void> {
  return applyOrder(db.goals, ids);
}

/** Deletes a goal and returns it, so the caller can offer undo. Linked commitments keep their text. */
export async function deleteGoal(id: string): Promise<Goal | undefined> {
  return db.transaction('rw', db.goals, async () => {
    const goal = await db.goals.get(id);
    if (goal) await db.goals.delete(id);
    return goal;
  });
}

/** Puts a deleted goal back exactly as it was (undo). */
export async function restoreGoal(goal: Goal): Promise<void> {
  await db.goals.put(goal);
}
