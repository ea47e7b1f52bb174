/**
 * Every figure of the Insights page, from plain arrays: the page loads the period's rows and calls
 * this once. Pure, so it is tested with tables and timed by `npm run bench`.
 */
import type { Commitment, DailyReview, Goal, WeeklyReview } from '../types';
import type { DayKey } from '../days';
import type { WorkdayRule } from '../workdays';
import { calendarDays, calendarView, type CalendarView } from './calendar';
import { completion, completionContext, weeklyCompletion, type Completion } from './completion';
import { goalRatingHistory, type GoalRatingHistory } from './goal-ratings';
import { goalProgress, type GoalProgress } from './goals';
import { countObstacles, obstacleTrend, type ObstacleCount, type ObstacleWeek } from './obstacles';
import { planUse, type PlanUse } from './plans';
import { reviewStreak } from './streak';
import { signatureShare, strengthUsage, type StrengthUse } from './strengths';
import { wellbeingTrend, type WellbeingWeek } from './wellbeing';
import { weekLabels, weeksBetween } from './iso-weeks';

export interface InsightsInput {
  commitments: readonly Commitment[];
  reviews: readonly DailyReview[];
  goals: readonly Goal[];
  /** The weekly zoom-outs of the period's weeks, for the goals' ratings. */
  weeklyReviews: readonly WeeklyReview[];
  signatureIds: readonly string[];
  /** Which days are workdays (the settings). */
  settings: WorkdayRule;
  from: DayKey;
  to: DayKey;
  today: DayKey;
  /** The leader's time zone: on which day a goal was set. */
  timeZone: string;
  /**
   * Reviews for the streak, which may reach back before the period: at least those from the start
   * of the unbroken run of finished reviews ending today (`streakRunStart`) to today.
   */
  streakReviews?: readonly DailyReview[];
  /**
   * Commitments of the days after the period: where its reviews carried what was not done, with
   * the plans made for those copies.
   */
  laterCommitments?: readonly Commitment[];
}

export interface Insights {
  overall: Completion;
  weekly: ReturnType<typeof weeklyCompletion>;
  /** The weeks' labels by their dates ("Nov 30 – Dec 4"), in the order of every weekly series. */
  weekLabels: string[];
  calendar: CalendarView;
  obstacles: ObstacleCount[];
  obstacleTrend: ObstacleWeek[];
  /** The obstacles the trend follows (the most frequent ones). */
  trendObstacles: string[];
  /** Which obstacles got an if-then plan, and how often commitments with one were done. */
  plans: PlanUse;
  strengths: StrengthUse[];
  signatureShare: number | null;
  wellbeing: WellbeingWeek[];
  goals: GoalProgress[];
  /** Each goal rated in the period, its rating week by week (in the order of `weekLabels`). */
  goalRatings: GoalRatingHistory[];
  streak: number;
  reviewsWritten: number;
}

/** How many obstacles the trend follows by name; the rest are summed. */
const TREND_OBSTACLES = 4;

export function computeInsights(input: InsightsInput): Insights {
  const { from, to } = input;
  const commitments = input.commitments.filter((c) => c.day >= from && c.day <= to);
  const reviews = input.reviews.filter((r) => r.day >= from && r.day <= to);
  const written = reviews.filter((r) => r.completedAt !== undefined && !r.skipped);
  const weeks = weeksBetween(from, to);
  const obstacles = countObstacles(written);
  const trendObstacles = obstacles.slice(0, TREND_OBSTACLES).map((o) => o.obstacle);
  const strengths = strengthUsage(commitments, written, input.signatureIds);
  const context = completionContext(reviews, input.today);
  return {
    overall: completion(commitments, context),
    weekly: weeklyCompletion(commitments, from, to, context),
    weekLabels: weekLabels(weeks, input.settings),
    calendar: calendarView(
      calendarDays(commitments, reviews, from, to, input.settings, input.today),
      input.today,
      input.settings,
    ),
    obstacles,
    obstacleTrend: obstacleTrend(written, weeks, trendObstacles),
    trendObstacles,
    plans: planUse(commitments, input.laterCommitments ?? [], written, context),
    strengths,
    signatureShare: signatureShare(strengths),
    wellbeing: wellbeingTrend(written, weeks),
    goals: goalProgress(commitments, input.goals, weeks, context, input.timeZone),
    goalRatings: goalRatingHistory(input.weeklyReviews, input.goals, weeks),
    streak: reviewStreak(input.streakReviews ?? input.reviews, input.today, input.settings),
    reviewsWritten: written.length,
  };
}
