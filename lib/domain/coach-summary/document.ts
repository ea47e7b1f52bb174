/**
 * The coach summary: a period of commitments, obstacles, reflections, energy and stress, goals and
 * the vision, as a plain document the page previews, copies as Markdown, downloads or prints. The
 * leader picks the sections; nothing leaves the device unless they copy, download or print it.
 */
import type { Commitment, DailyReview, Goal, Profile, Vision, WeeklyReview } from '../types';
import type { DayKey } from '../days';

export const SUMMARY_SECTIONS = [
  { id: 'commitments', label: 'Commitments and outcomes' },
  { id: 'obstacles', label: 'What got in the way' },
  { id: 'reflections', label: 'Reflections' },
  { id: 'wellbeing', label: 'Energy and stress' },
  { id: 'goals', label: 'Goals' },
  { id: 'vision', label: 'Vision' },
] as const;

export type SummarySectionId = (typeof SUMMARY_SECTIONS)[number]['id'];

export type SummaryBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'labelled'; label: string; text: string };

export interface SummaryDocument {
  title: string;
  subtitle: string;
  sections: { id: SummarySectionId; heading: string; blocks: SummaryBlock[] }[];
}

export interface SummaryInput {
  from: DayKey;
  to: DayKey;
  /** Open commitments of today (and later) are still in progress, not missed. */
  today: DayKey;
  profile: Profile | undefined;
  vision: Vision | undefined;
  goals: readonly Goal[];
  commitments: readonly Commitment[];
  reviews: readonly DailyReview[];
  weeklyReviews: readonly WeeklyReview[];
}
