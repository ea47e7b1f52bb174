/** The week at a glance for the weekly zoom-out: how much got done and what got in the way. */
import type { Commitment, DailyReview } from '../types';
import type { DayKey } from '../days';
import { completionContext, outcomeOf } from './completion';

export interface ObstacleCount {
  obstacle: string;
  count: number;
}

export interface WeekSummary {
  done: number;
  /** Commitments that count: done and missed ones, as insights count them (`outcomeOf`). */
  total: number;
  /** Done as a share of total, 0–1; null when there was nothing to do. */
  completion: number | null;
  /** The obstacle pattern: each obstacle and how many commitments it stopped, most first. */
  obstacles: ObstacleCount[];
  /** Commitments the reviews marked not done, with an obstacle named or not. */
  missed: number;
}

/** Counts obstacles recorded for not-done commitments, most frequent first (ties by name). */
export function countObstacles(reviews: readonly DailyReview[]): ObstacleCount[] {
  const counts = new Map<string, number>();
  for (const review of reviews) {
    for (const outcome of review.outcomes) {
      if (outcome.status === 'not-done' && outcome.obstacle) {
        counts.set(outcome.obstacle, (counts.get(outcome.obstacle) ?? 0) + 1);
      }
    }
  }
  return [...counts]
    .map(([obstacle, count]) => ({ obstacle, count }))
    .sort((a, b) => b.count - a.count || a.obstacle.localeCompare(b.obstacle));
}

/**
 * The week's completion and its obstacle pattern, seen on `today`: open commitments
 * of today (until its review) and later days are still in progress and not counted yet.
 */
export function weekSummary(
  commitments: readonly Commitment[],
  reviews: readonly DailyReview[],
  today: DayKey,
): WeekSummary {
  const context = completionContext(reviews, today);
  const outcomes = commitments.map((c) => outcomeOf(c, context)).filter((o) => o !== null);
  const done = outcomes.filter((o) => o === 'done').length;
  return {
    done,
    total: outcomes.length,
    completion: outcomes.length === 0 ? null : done / outcomes.length,
    obstacles: countObstacles(reviews),
    missed: reviews.reduce((sum, r) => sum + r.outcomes.filter((o) => o.status === 'not-done').length, 0),
  };
}
