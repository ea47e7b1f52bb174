/**
 * The coach summary: a period of commitments, obstacles, reflections, energy and stress, goals and
 * the vision, as a plain document the page previews, copies as Markdown, downloads or prints. The
 * leader picks the sections; nothing leaves the device unless they copy, download or print it.
 */
import type { Goal, Profile, StrengthRanking, Vision } from '../types';
import type { PeriodData } from './scope';

export const SUMMARY_SECTIONS = [
  { id: 'commitments', label: 'Commitments and outcomes' },
  { id: 'obstacles', label: 'What got in the way' },
  { id: 'reflections', label: 'Reflections' },
  { id: 'wellbeing', label: 'Energy and stress' },
  { id: 'goals', label: 'Goals' },
  { id: 'vision', label: 'Vision' },
  { id: 'strengths', label: 'Signature strengths' },
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

export interface SummaryInput extends PeriodData {
  profile: Profile | undefined;
  vision: Vision | undefined;
  goals: readonly Goal[];
  /** The strengths ranking; the summary names the top five. */
  strengths: readonly StrengthRanking[];
  /**
   * Whether the daily reviews' own reflections (what went well, what I learned) go in: private
   * unless the leader ticks "Include my reflections".
   */
  includeReflections: boolean;
}

/** "Alex’s summary for Jordan", with whichever of the two names the leader gave. */
export function summaryTitle(profile: Pick<Profile, 'name' | 'coachName'> | undefined): string {
  const name = profile?.name.trim();
  const coach = profile?.coachName?.trim();
  if (name && coach) return `${name}’s summary for ${coach}`;
  if (name) return `${name}’s coaching summary`;
  if (coach) return `Coaching summary for ${coach}`;
  return 'Coaching summary';
}
