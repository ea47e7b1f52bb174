/** Progress per goal: commitments done for each goal, week by week. */
import type { Commitment, Goal } from '../types';
import type { WeekKey } from '../days';
import { outcomeOf, type CompletionContext } from './completion';
import { weekOf } from './iso-weeks';

export interface GoalProgress {
  goalId: string;
  title: string;
  /** Done per week, in the order of the weeks given. */
  perWeek: number[];
  done: number;
  /** Committed in the period and counted: done or missed, as completion counts them. */
  committed: number;
}

/** Goals with any commitment in the period, and every active goal, most done first. */
export function goalProgress(
  commitments: readonly Commitment[],
  goals: readonly Goal[],
  weeks: readonly WeekKey[],
  context: CompletionContext,
): GoalProgress[] {
  const index = new Map(weeks.map((week, i) => [week, i]));
  const rows = new Map<string, GoalProgress>();
  const row = (goalId: string) => {
    let entry = rows.get(goalId);
    if (!entry) {
      const goal = goals.find((g) => g.id === goalId);
      entry = {
        goalId,
        title: goal?.title ?? 'A goal since removed',
        perWeek: weeks.map(() => 0),
        done: 0,
        committed: 0,
      };
      rows.set(goalId, entry);
    }
    return entry;
  };
  for (const goal of goals) if (goal.status === 'active') row(goal.id);
  for (const c of commitments) {
    if (!c.goalId) continue;
    const outcome = outcomeOf(c, context);
    const i = index.get(weekOf(c.day));
    if (outcome === null || i === undefined) continue;
    const entry = row(c.goalId);
    entry.committed += 1;
    if (outcome === 'done') {
      entry.done += 1;
      entry.perWeek[i]! += 1;
    }
  }
  return [...rows.values()].sort((a, b) => b.done - a.done || a.title.localeCompare(b.title));
}
