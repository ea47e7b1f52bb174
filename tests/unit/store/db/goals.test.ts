import { describe, expect, it } from 'vitest';
import {
  activeGoals,
  addGoal,
  deleteGoal,
  goalsInOrder,
  reorderGoals,
  restoreGoal,
  setGoalStatus,
  updateGoal,
} from '../../../../lib/store/db/goals';

describe('goals', () => {
  it('adds active goals at the end, with why and how success is measured', async () => {
    await addGoal({
      title: 'Manage staff performance',
      why: 'People grow with feedback',
      successMeasure: 'Plans by March',
    });
    await addGoal({ title: 'Meet productivity metrics' });
    const goals = await goalsInOrder();
    expect(goals.map((g) => [g.title, g.status, g.order])).toEqual([
      ['Manage staff performance', 'active', 1],
      ['Meet productivity metrics', 'active', 2],
    ]);
    expect(goals[0]).toMatchObject({ why: 'People grow with feedback', successMeasure: 'Plans by March' });
  });

  it.each([['   '], ['']])('refuses the empty title %j', async (title) => {
    await expect(addGoal({ title })).rejects.toThrow('A goal’s title can’t be empty.');
    expect(await goalsInOrder()).toHaveLength(0);
  });

  it('refuses a title over 120 characters, on add and on edit', async () => {
    await expect(addGoal({ title: 'x'.repeat(121) })).rejects.toThrow('limit is 120');
    const goal = await addGoal({ title: 'Become more inspired and energised' });
    await expect(updateGoal(goal.id, { title: 'y'.repeat(121) })).rejects.toThrow('limit is 120');
    await expect(updateGoal(goal.id, { title: ' ' })).rejects.toThrow('can’t be empty');
    expect((await goalsInOrder())[0]?.title).toBe('Become more inspired and energised');
  });

  it('reorders, marks achieved and archives', async () => {
    const a = await addGoal({ title: 'A' });
    const b = await addGoal({ title: 'B' });
    const c = await addGoal({ title: 'C' });
    await reorderGoals([c.id, a.id, b.id]);
    expect((await goalsInOrder()).map((g) => g.title)).toEqual(['C', 'A', 'B']);
    await setGoalStatus(a.id, 'achieved');
    await setGoalStatus(b.id, 'archived');
    expect((await activeGoals()).map((g) => g.title)).toEqual(['C']);
  });

  it('puts a goal made active again at the end of the active list, sharing its place with none', async () => {
    const a = await addGoal({ title: 'A' });
    const b = await addGoal({ title: 'B' });
    const c = await addGoal({ title: 'C' });
    await setGoalStatus(a.id, 'archived');
    // Reordering the active goals gives C the place A held.
    await reorderGoals([c.id, b.id]);
    await setGoalStatus(a.id, 'active');
    const active = await activeGoals();
    expect(active.map((g) => g.title)).toEqual(['C', 'B', 'A']);
    expect(new Set(active.map((g) => g.order)).size).toBe(3);
  });

  it('deletes a goal and undo puts it back exactly', async () => {
    await addGoal({ title: 'Keep' });
    const doomed = await addGoal({ title: 'Delete me', why: 'Because' });
    const deleted = await deleteGoal(doomed.id);
    expect((await goalsInOrder()).map((g) => g.title)).toEqual(['Keep']);
    await restoreGoal(deleted!);
    expect(await goalsInOrder()).toContainEqual(doomed);
  });
});
