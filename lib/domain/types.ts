/**
 * Flourish's domain model, as stored. Every row carries `updatedAt` (epoch ms) so that a
 * backup can be merged row by row, newer wins.
 */
import type { DayKey, WeekKey } from './days';

/** Identifier of a VIA character strength in `lib/domain/strengths`, e.g. `love-of-learning`. */
export type StrengthId = string;

export const PROFILE_ID = 'me';
export const VISION_ID = 'me';

export interface Profile {
  id: typeof PROFILE_ID;
  name: string;
  purpose: string;
  /** Ordered, most important first. */
  values: string[];
  coachName?: string;
  /** The user's own "what got in the way" categories, beside the built-in ones. */
  customObstacles?: string[];
  updatedAt: number;
}

/** Where a strength sits in the user's VIA ranking; 1 is the highest, 1–5 are signature. */
export interface StrengthRanking {
  id: StrengthId;
  rank: number;
  /** "How I use it", in the user's words. */
  note: string;
  updatedAt: number;
  /**
   * When the ranking as a whole last changed (set on every row then; a note does not touch it), so
   * merging two devices can tell which ranking is newer. Missing on rows saved before it existed.
   */
  rankedAt?: number;
}

export interface VisionHorizons {
  now: string;
  oneYear: string;
  threeYears: string;
}

export interface Vision {
  id: typeof VISION_ID;
  statement: string;
  looksLike: string;
  feelsLike: string;
  horizons: VisionHorizons;
  updatedAt: number;
}

/** One picture on the vision board. */
export interface VisionImage {
  id: number;
  blob: Blob;
  caption: string;
  order: number;
  /** Pixel size, recorded when the picture was added (lets the new tab reserve its space). */
  width?: number;
  height?: number;
  createdAt: number;
  updatedAt: number;
}

export type GoalStatus = 'active' | 'achieved' | 'archived';

export interface Goal {
  id: string;
  title: string;
  why: string;
  successMeasure: string;
  status: GoalStatus;
  order: number;
  createdAt: number;
  updatedAt: number;
}

/** An implementation intention: "When {when}, I will {then}." */
export interface IfThenPlan {
  when: string;
  then: string;
}

export type CommitmentStatus = 'open' | 'done' | 'not-done' | 'dropped';

/** An action the user committed to for one day. */
export interface Commitment {
  id: string;
  day: DayKey;
  title: string;
  goalId?: string;
  strengthId?: StrengthId;
  ifThen?: IfThenPlan;
  status: CommitmentStatus;
  /** The commitment this one was carried over from, on an earlier day. */
  carriedFrom?: string;
  order: number;
  createdAt: number;
  updatedAt: number;
  doneAt?: number;
  /** The recurring rule that added this commitment to its day (schema version 2). */
  recurrenceId?: string;
}

/** When a recurring commitment comes back: chosen weekdays, or every N weeks on one weekday. */
export type RecurrenceSchedule =
  { kind: 'weekdays'; weekdays: number[] } | { kind: 'every-n-weeks'; interval: number; weekday: number };

/**
 * A recurring commitment (weekly one-to-ones, a Friday pipeline review): added once to each
 * matching day's list, from `startDay` on, when that day is first opened (schema version 2).
 */
export interface RecurrenceRule {
  id: string;
  title: string;
  goalId?: string;
  strengthId?: StrengthId;
  ifThen?: IfThenPlan;
  schedule: RecurrenceSchedule;
  /** The first day the rule applies to; "every N weeks" counts weeks from this day's week. */
  startDay: DayKey;
  order: number;
  createdAt: number;
  updatedAt: number;
}

/** What the review decided for a commitment that was not done. */
export type CarryDecision = 'carry' | 'move' | 'drop';

/** What happened to one commitment, as the end-of-day review recorded it. */
export interface ReviewOutcome {
  commitmentId: string;
  status: 'done' | 'not-done' | 'dropped';
  /** A built-in obstacle id or `custom:` and the user's words (lib/domain/obstacles). */
  obstacle?: string;
  note?: string;
  decision?: CarryDecision;
  /** For a move: the day chosen. */
  moveTo?: DayKey;
  /** Set once the commitment has been carried over, to the day it went to. */
  carriedTo?: DayKey;
}

/** The end-of-day review of one day (keyed by that day, even when written after midnight). */
export interface DailyReview {
  day: DayKey;
  /** Unset while the review is a draft. */
  completedAt?: number;
  /** Set when the user chose to skip the day's review rather than write it. */
  skipped?: boolean;
  outcomes: ReviewOutcome[];
  wentWell: string;
  strengthsUsed: StrengthId[];
  learned: string;
  tomorrowFocus: string;
  energy?: number;
  stress?: number;
  updatedAt: number;
}

/** The weekly zoom-out, keyed by ISO week. */
export interface WeeklyReview {
  week: WeekKey;
  wins: string;
  patterns: string;
  nextWeekFocus: string;
  completedAt?: number;
  updatedAt: number;
}
