/** The coach summary's sections, each built from the period's data as plain blocks. */
import type { Commitment } from '../types';
import { formatDayShort } from '../format';
import { completion, outcomeOf, type CompletionContext } from '../insights/completion';
import { countObstacles } from '../insights/week-summary';
import { obstacleLabel } from '../obstacles';
import { HORIZONS } from '../horizons';
import { HORIZON_NAMES } from '../words';
import { signatureStrengths } from '../ranking';
import { wellbeing } from '../session-prep';
import { strengthById } from '../strengths';
import type { SummaryBlock, SummaryInput, SummarySectionId } from './document';

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
const STATUS_MARK: Record<Commitment['status'], string> = {
  done: '✓',
  'not-done': '✗',
  open: '○',
  dropped: '–',
};

/** The input limited to the period, with what decides how open commitments count. */
export type Scoped = SummaryInput & { context: CompletionContext };

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
      input.includeReflections && review.wentWell && `Went well: ${review.wentWell}`,
      input.includeReflections && review.learned && `Learned: ${review.learned}`,
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

const oneDecimal = (value: number | null) => (value === null ? '–' : value.toFixed(1));

function wellbeingSection(input: SummaryInput): SummaryBlock[] {
  const written = input.reviews.filter((r) => !r.skipped);
  const overall = wellbeing(written);
  if (overall.days === 0)
    return [{ type: 'paragraph', text: 'No energy or stress recorded in this period.' }];
  return [
    {
      type: 'paragraph',
      text: `Average energy ${oneDecimal(overall.energy)} of 5; average stress ${oneDecimal(overall.stress)} of 5.`,
    },
    {
      type: 'list',
      items: [...written]
        .filter((r) => r.energy !== undefined || r.stress !== undefined)
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
  for (const horizon of HORIZONS) {
    const text = vision?.horizons[horizon];
    if (text) blocks.push({ type: 'labelled', label: HORIZON_NAMES[horizon], text });
  }
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', text: 'No vision written yet.' }];
}

function strengthsSection(input: SummaryInput): SummaryBlock[] {
  const top = signatureStrengths(input.strengths);
  if (top.length === 0) return [{ type: 'paragraph', text: 'No strengths ranked yet.' }];
  const notes = new Map(input.strengths.map((s) => [s.id, s.note.trim()]));
  return [
    {
      type: 'list',
      items: top.map((s) => (notes.get(s.id) ? `${s.name}: ${notes.get(s.id)}` : s.name)),
    },
  ];
}

/** Each section's blocks, from the input limited to the period. */
export const BUILDERS: Record<SummarySectionId, (input: Scoped) => SummaryBlock[]> = {
  commitments: commitmentsSection,
  obstacles: obstaclesSection,
  reflections: reflectionsSection,
  wellbeing: wellbeingSection,
  goals: goalsSection,
  vision: visionSection,
  strengths: strengthsSection,
};
