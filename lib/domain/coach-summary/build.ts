import type { DayKey } from '../days';
import { formatDayShort } from '../format';
import { completionContext } from '../insights/completion';
import { SUMMARY_SECTIONS, type SummaryDocument, type SummaryInput, type SummarySectionId } from './document';
import { BUILDERS, type Scoped } from './sections';

/** The summary of a period with the chosen sections, in the fixed order of SUMMARY_SECTIONS. */
export function buildSummary(input: SummaryInput, chosen: ReadonlySet<SummarySectionId>): SummaryDocument {
  const inPeriod = (day: DayKey) => day >= input.from && day <= input.to;
  // Drafts (no completedAt) are unfinished thoughts: only finished reviews go to the coach.
  const reviews = input.reviews.filter((r) => inPeriod(r.day) && r.completedAt !== undefined);
  const scoped: Scoped = {
    ...input,
    commitments: input.commitments.filter((c) => inPeriod(c.day)),
    reviews,
    weeklyReviews: input.weeklyReviews.filter((w) => w.completedAt !== undefined),
    context: completionContext(reviews, input.today),
  };
  const name = input.profile?.name;
  return {
    title: name ? `Coaching summary: ${name}` : 'Coaching summary',
    subtitle: `${formatDayShort(input.from)} to ${formatDayShort(input.to)}`,
    sections: SUMMARY_SECTIONS.filter((s) => chosen.has(s.id)).map((s) => ({
      id: s.id,
      heading: s.label,
      blocks: BUILDERS[s.id](scoped),
    })),
  };
}
