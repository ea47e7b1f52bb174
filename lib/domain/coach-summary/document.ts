/**
 * The coach summary: a period of commitments, obstacles, reflections, energy and stress, goals and
 * the vision, as a plain document the page previews, copies as Markdown, downloads or prints. The
 * leader picks the sections; nothing leaves the device unless they copy, download or print it.
 */
import { labelled, t } from '../../i18n';
import type { Goal, Profile, StrengthRanking, Vision } from '../types';
import type { PeriodData } from './scope';

/** The sections in order, each named in the language in force when its label is read. */
export const SUMMARY_SECTIONS = [
  labelled({ id: 'commitments' }, () => t('summary:sections.commitments')),
  labelled({ id: 'obstacles' }, () => t('summary:sections.obstacles')),
  labelled({ id: 'reflections' }, () => t('summary:sections.reflections')),
  labelled({ id: 'wellbeing' }, () => t('summary:sections.wellbeing')),
  labelled({ id: 'goals' }, () => t('summary:sections.goals')),
  labelled({ id: 'vision' }, () => t('summary:sections.vision')),
  labelled({ id: 'strengths' }, () => t('summary:sections.strengths')),
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
  if (name && coach) return t('summary:title.both', { name, coach });
  if (name) return t('summary:title.nameOnly', { name });
  if (coach) return t('summary:title.coachOnly', { coach });
  return t('summary:title.none');
}
