/**
 * Preparing for a coaching session: what happened since the last one. The period runs from the
 * last session's day (what was agreed there is part of it) through today; with no session yet, the
 * last two weeks. The coach summary starts from the same period.
 */
import { addDays, isoWeekKey, type DayKey, type WeekKey } from './days';
import { outcomeOf } from './insights/completion';
import { countObstacles, type ObstacleCount } from './insights/week-summary';
import { scopeToPeriod, type PeriodData } from './coach-summary/scope';
import type { Commitment, DailyReview, Goal } from './types';

/** With no session recorded yet, the prep looks back this many days (today included). */
export const PREP_FALLBACK_DAYS = 14;
/** Fewer days than this with energy or stress recorded are too few to read anything into. */
export const FEW_DAYS = 3;

export interface PrepPeriod {
  from: DayKey;
  to: DayKey;
  /** The last session's day, or null when there is none yet. */
  sessionDay: DayKey | null;
}

/** The period since the session on `lastSessionDay` (on or before today), or the last two weeks. */
export function sinceLastSession(lastSessionDay: DayKey | undefined, today: DayKey): PrepPeriod {
  if (lastSessionDay === undefined || lastSessionDay > today)
    return { from: addDays(today, -(PREP_FALLBACK_DAYS - 1)), to: today, sessionDay: null };
  return { from: lastSessionDay, to: today, sessionDay: lastSessionDay };
}

export interface GoalGroup {
  /** null for the commitments linked to no goal (or to a goal since deleted). */
  goal: Goal | null;
  done: Commitment[];
  missed: Commitment[];
}

export interface IfThenPlan {
  commitment: Commitment;
  outcome: 'done' | 'missed' | null;
}

export interface GoalRatings {
  goal: Goal;
  ratings: { week: WeekKey; rating: number }[];
}

export interface WellbeingWeek {
  week: WeekKey;
  days: number;
  energy: number | null;
  stress: number | null;
}

export interface Wellbeing {
  /** Days with energy or stress recorded. */
  days: number;
  energy: number | null;
  stress: number | null;
  weeks: WellbeingWeek[];
}

export interface SessionPrep {
  groups: GoalGroup[];
  obstacles: ObstacleCount[];
  plans: IfThenPlan[];
  ratings: GoalRatings[];
  wellbeing: Wellbeing;
  /** Starred days, earliest first. */
  starred: DailyReview[];
}

const average = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

function averages(reviews: readonly DailyReview[]) {
  const rows = reviews.filter((r) => !r.skipped && (r.energy !== undefined || r.stress !== undefined));
  return {
    days: rows.length,
    energy: average(rows.flatMap((r) => (r.energy === undefined ? [] : [r.energy]))),
    stress: average(rows.flatMap((r) => (r.stress === undefined ? [] : [r.stress]))),
  };
}

/** Energy and stress of written reviews: averaged over all of them and week by week. */
export function wellbeing(reviews: readonly DailyReview[]): Wellbeing {
  const weeks = [...new Set(reviews.map((r) => isoWeekKey(r.day)))].sort();
  return {
    ...averages(reviews),
    weeks: weeks
      .map((week) => ({ week, ...averages(reviews.filter((r) => isoWeekKey(r.day) === week)) }))
      .filter((w) => w.days > 0),
  };
}

/** The commitments done and missed, by goal in the goals' order, then those with no goal. */
function byGoal(input: PeriodData & { goals: readonly Goal[] }, outcome: (c: Commitment) => string | null) {
  const known = new Map(input.goals.map((goal) => [goal.id, goal]));
  const groups = [...input.goals, null].map((goal): GoalGroup => {
    const mine = input.commitments.filter((c) =>
      goal ? c.goalId === goal.id : c.goalId === undefined || !known.has(c.goalId),
    );
    return {
      goal,
      done: mine.filter((c) => outcome(c) === 'done'),
      missed: mine.filter((c) => outcome(c) === 'missed'),
    };
  });
  return groups.filter((g) => g.done.length + g.missed.length > 0);
}

/** Everything since the last session, from the period's data (rows outside it are left out). */
export function buildSessionPrep(input: PeriodData & { goals: readonly Goal[] }): SessionPrep {
  const scoped = scopeToPeriod(input);
  const outcome = (c: Commitment) => outcomeOf(c, scoped.context);
  const byDay = <T extends { day: DayKey }>(rows: readonly T[]) =>
    [...rows].sort((a, b) => a.day.localeCompare(b.day));
  const byWeek = <T extends { week: WeekKey }>(rows: readonly T[]) =>
    [...rows].sort((a, b) => a.week.localeCompare(b.week));
  const written = scoped.reviews.filter((r) => !r.skipped);
  // A rating is saved the moment it is chosen, so it counts before its zoom-out is finished (as in Insights).
  const [firstWeek, lastWeek] = [isoWeekKey(input.from), isoWeekKey(input.to)];
  const ratedWeeks = input.weeklyReviews.filter((w) => w.week >= firstWeek && w.week <= lastWeek);
  return {
    groups: byGoal(scoped, outcome),
    obstacles: countObstacles(written),
    plans: byDay(scoped.commitments.filter((c) => c.ifThen)).map((commitment) => ({
      commitment,
      outcome: outcome(commitment),
    })),
    ratings: input.goals
      .map((goal) => ({
        goal,
        ratings: byWeek(ratedWeeks).flatMap((w) =>
          (w.goalRatings ?? [])
            .filter((r) => r.goalId === goal.id)
            .map((r) => ({ week: w.week, rating: r.rating })),
        ),
      }))
      .filter((g) => g.ratings.length > 0),
    wellbeing: wellbeing(written),
    starred: byDay(written.filter((r) => r.starred)),
  };
}
