/**
 * The coach summary: a period of commitments, obstacles, reflections, energy and stress, goals and
 * the vision, as a plain document the page previews, copies as Markdown, downloads or prints. The
 * leader picks the sections; nothing leaves the device unless they copy, download or print it.
 */
import type { Commitment, DailyReview, Goal, Profile, Vision, WeeklyReview } from './types';
import { isDayKey, type DayKey } from './days';
import { formatDayShort } from './format';
import { escapeMarkdown } from './markdown';
import { completion, completionContext, outcomeOf, type CompletionContext } from './insights/completion';
import { countObstacles } from './insights/week-summary';
import { obstacleLabel } from './obstacles';
import { strengthById } from './strengths';

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

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
const STATUS_MARK: Record<Commitment['status'], string> = {
  done: '✓',
  'not-done': '✗',
  open: '○',
  dropped: '–',
};

/** The input limited to the period, with what decides how open commitments count. */
type Scoped = SummaryInput & { context: CompletionContext };

function commitmentsSection(input: Scoped): SummaryBlock[] {
  const overall = completion(input.commitments, input.context);
  if (overall.total === 0 && overall.open === 0)
    return [{ type: 'paragraph', text: 'No commitments in this period.' }];
  const outcomes = new Map(input.reviews.flatMap((r) => r.outcomes.map((o) => [o.commitmentId, o] as const)));
  const counts = [
    overall.total > 0 && `${overall.done} of ${overall.total} commitments done (${percent(overall.rate)})`,
    overall.open > 0 && `${overall.open} still open today`,
  ].filter(Boolean);
  const blocks: SummaryBlock[] = [{ type: 'paragraph', text: `${counts.join('; ')}.` }];
  const days = [...new Set(input.commitments.map((c) => c.day))].sort();
  for (const day of days) {
    const items = input.commitments
      .filter((c) => c.day === day)
      .map((c) => {
        const outcome = outcomes.get(c.id);
        const why = outcome?.obstacle
          ? ` — ${obstacleLabel(outcome.obstacle)}${outcome.note ? `: ${outcome.note}` : ''}`
          : '';
        const next = outcome?.carriedTo ? ` (carried to ${formatDayShort(outcome.carriedTo)})` : '';
        return `${STATUS_MARK[c.status]} ${c.title}${why}${next}`;
      });
    blocks.push({ type: 'labelled', label: formatDayShort(day), text: '' }, { type: 'list', items });
  }
  return blocks;
}

function obstaclesSection(input: SummaryInput): SummaryBlock[] {
  const written = input.reviews.filter((r) => !r.skipped);
  const counts = countObstacles(written);
  if (counts.length === 0) return [{ type: 'paragraph', text: 'No obstacles recorded in this period.' }];
  const notes = written.flatMap((r) =>
    r.outcomes.filter((o) => o.obstacle && o.note).map((o) => `${obstacleLabel(o.obstacle!)}: ${o.note}`),
  );
  return [
    {
      type: 'list',
      items: counts.map((o) => `${obstacleLabel(o.obstacle)}: ${o.count} time${o.count === 1 ? '' : 's'}`),
    },
    ...(notes.length > 0
      ? [
          { type: 'labelled' as const, label: 'In my words', text: '' },
          { type: 'list' as const, items: notes },
        ]
      : []),
  ];
}

function reflectionsSection(input: SummaryInput): SummaryBlock[] {
  const blocks: SummaryBlock[] = [];
  for (const review of [...input.reviews].sort((a, b) => a.day.localeCompare(b.day))) {
    if (review.skipped) continue;
    const items = [
      review.wentWell && `Went well: ${review.wentWell}`,
      review.learned && `Learned: ${review.learned}`,
      review.tomorrowFocus && `Next focus: ${review.tomorrowFocus}`,
      review.strengthsUsed.length > 0 &&
        `Strengths used: ${review.strengthsUsed.map((id) => strengthById(id)?.name ?? id).join(', ')}`,
    ].filter((item): item is string => Boolean(item));
    if (items.length > 0)
      blocks.push({ type: 'labelled', label: formatDayShort(review.day), text: '' }, { type: 'list', items });
  }
  for (const week of input.weeklyReviews) {
    const items = [
      week.wins && `Wins: ${week.wins}`,
      week.patterns && `What I notice: ${week.patterns}`,
      week.nextWeekFocus && `Next week: ${week.nextWeekFocus}`,
    ].filter((item): item is string => Boolean(item));
    if (items.length > 0)
      blocks.push({ type: 'labelled', label: `Week ${week.week}`, text: '' }, { type: 'list', items });
  }
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', text: 'No reflections written in this period.' }];
}

function wellbeingSection(input: SummaryInput): SummaryBlock[] {
  const rows = input.reviews.filter((r) => !r.skipped && (r.energy !== undefined || r.stress !== undefined));
  if (rows.length === 0) return [{ type: 'paragraph', text: 'No energy or stress recorded in this period.' }];
  const average = (values: number[]) =>
    values.length === 0 ? '–' : (values.reduce((a, b) => a + b, 0) / values.length).toFixed(1);
  const energy = rows.flatMap((r) => (r.energy === undefined ? [] : [r.energy]));
  const stress = rows.flatMap((r) => (r.stress === undefined ? [] : [r.stress]));
  return [
    {
      type: 'paragraph',
      text: `Average energy ${average(energy)} of 5; average stress ${average(stress)} of 5.`,
    },
    {
      type: 'list',
      items: [...rows]
        .sort((a, b) => a.day.localeCompare(b.day))
        .map((r) => `${formatDayShort(r.day)}: energy ${r.energy ?? '–'}, stress ${r.stress ?? '–'}`),
    },
  ];
}

function goalsSection(input: Scoped): SummaryBlock[] {
  const active = input.goals.filter((g) => g.status !== 'archived');
  if (active.length === 0) return [{ type: 'paragraph', text: 'No goals set.' }];
  return [
    {
      type: 'list',
      items: active.map((goal) => {
        const linked = input.commitments
          .filter((c) => c.goalId === goal.id)
          .map((c) => outcomeOf(c, input.context))
          .filter((outcome) => outcome !== null);
        const done = linked.filter((outcome) => outcome === 'done').length;
        const state = goal.status === 'achieved' ? ' (achieved)' : '';
        return `${goal.title}${state}: ${done} of ${linked.length} linked commitments done`;
      }),
    },
  ];
}

function visionSection(input: SummaryInput): SummaryBlock[] {
  const vision = input.vision;
  const blocks: SummaryBlock[] = [];
  if (input.profile?.purpose)
    blocks.push({ type: 'labelled', label: 'Purpose', text: input.profile.purpose });
  if (input.profile?.values.length)
    blocks.push({ type: 'labelled', label: 'Values', text: input.profile.values.join(', ') });
  if (vision?.statement) blocks.push({ type: 'labelled', label: 'Vision', text: vision.statement });
  if (vision?.looksLike) blocks.push({ type: 'labelled', label: 'How it looks', text: vision.looksLike });
  if (vision?.feelsLike) blocks.push({ type: 'labelled', label: 'How it feels', text: vision.feelsLike });
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', text: 'No vision written yet.' }];
}

const BUILDERS: Record<SummarySectionId, (input: Scoped) => SummaryBlock[]> = {
  commitments: commitmentsSection,
  obstacles: obstaclesSection,
  reflections: reflectionsSection,
  wellbeing: wellbeingSection,
  goals: goalsSection,
  vision: visionSection,
};

/**
 * The earliest day a summary may start. Typing a year digit by digit passes through years such as
 * 0002 and 0202: real dates, but no period anyone means, and each would read all of history.
 */
export const EARLIEST_SUMMARY_DAY: DayKey = '2000-01-01';

/** What is wrong with the period typed into the summary's date fields, in plain words; '' when nothing. */
export function periodProblem(from: string, to: string): string {
  if (!isDayKey(from) || !isDayKey(to)) return 'Choose both dates.';
  if (from < EARLIEST_SUMMARY_DAY || to < EARLIEST_SUMMARY_DAY) return 'Choose dates from 1 January 2000 on.';
  if (from > to) return 'The start date is after the end date.';
  return '';
}

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

/** The document as Markdown, ready to paste into an email or a notes app. */
export function summaryMarkdown(doc: SummaryDocument): string {
  const lines = [`# ${escapeMarkdown(doc.title)}`, '', `_${escapeMarkdown(doc.subtitle)}_`];
  for (const section of doc.sections) {
    lines.push('', `## ${escapeMarkdown(section.heading)}`, '');
    for (const block of section.blocks) {
      if (block.type === 'paragraph') lines.push(escapeMarkdown(block.text), '');
      if (block.type === 'labelled') {
        lines.push(
          block.text
            ? `**${escapeMarkdown(block.label)}:** ${escapeMarkdown(block.text)}`
            : `**${escapeMarkdown(block.label)}**`,
          '',
        );
      }
      if (block.type === 'list') lines.push(...block.items.map((item) => `- ${escapeMarkdown(item)}`), '');
    }
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
