/** Progress per goal: commitments done for each goal, week by week, from the week the goal began. */
import type { Commitment, Goal } from '../types';
import { dayKey, type DayKey, type WeekKey } from '../days';
import { outcomeOf, type CompletionContext } from './completion';
import { removedGoalTitle } from './goal-ratings';
import { weekOf } from './iso-weeks';

export interface GoalProgress {
  goalId: string;
  title: string;
  /**
   * Done per week, in the order of the weeks given; null for the weeks before the goal began (the
   * week it was set, or of its first commitment if earlier), so its line starts where it did.
   */
  perWeek: (number | null)[];
  done: number;
  /** Committed in the period and counted: done or missed, as completion counts them. */
  committed: number;
}

/**
 * Goals with any commitment in the period, and every active goal, most done first. `timeZone` says
 * on which day a goal was set (its `createdAt` is an instant).
 */
export function goalProgress(
  commitments: readonly Commitment[],
  goals: readonly Goal[],
  weeks: readonly WeekKey[],
  context: CompletionContext,
  timeZone: string,
): GoalProgress[] {
  const index = new Map(weeks.map((week, i) => [week, i]));
  const rows = new Map<string, { entry: GoalProgress; began: DayKey | null }>();
  const row = (goalId: string) => {
    let found = rows.get(goalId);
    if (!found) {
      const goal = goals.find((g) => g.id === goalId);
      found = {
        entry: { goalId, title: goal?.title ?? removedGoalTitle(), perWeek: [], done: 0, committed: 0 },
        began: goal ? dayKey(goal.createdAt, timeZone) : null,
      };
      rows.set(goalId, found);
    }
    return found;
  };
  const doneByWeek = new Map<string, number[]>();
  for (const goal of goals) if (goal.status === 'active') row(goal.id);
  for (const c of commitments) {
    if (!c.goalId) continue;
    const outcome = outcomeOf(c, context);
    const i = index.get(weekOf(c.day));
    if (outcome === null || i === undefined) continue;
    const found = row(c.goalId);
    if (found.began === null || c.day < found.began) found.began = c.day;
    found.entry.committed += 1;
    if (outcome === 'done') {
      found.entry.done += 1;
      const perWeek = doneByWeek.get(c.goalId) ?? weeks.map(() => 0);
      perWeek[i]! += 1;
      doneByWeek.set(c.goalId, perWeek);
    }
  }
  return [...rows.values()]
    .map(({ entry, began }) => {
      const firstWeek = began === null ? null : weekOf(began);
      const done = doneByWeek.get(entry.goalId);
      entry.perWeek = weeks.map((week, i) =>
        firstWeek === null || week < firstWeek ? null : (done?.[i] ?? 0),
      );
      return entry;
    })
    .sort((a, b) => b.done - a.done || a.title.localeCompare(b.title));
}
