/** The coach summary's sections, each built from the period's data as plain blocks. */
import { intlLocale, t } from '../../i18n';
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

const percent = (rate: number | null) =>
  rate === null ? '–' : new Intl.NumberFormat(intlLocale(), { style: 'percent' }).format(rate);
/** Names joined as a list reads in the language in force: "a, b, c". */
const listOf = (items: string[]) =>
  new Intl.ListFormat(intlLocale(), { type: 'unit', style: 'short' }).format(items);
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
    return [{ type: 'paragraph', text: t('summary:commitments.none') }];
  const outcomes = new Map(input.reviews.flatMap((r) => r.outcomes.map((o) => [o.commitmentId, o] as const)));
  const counts = [
    overall.total > 0 &&
      t('summary:commitments.done', {
        done: overall.done,
        count: overall.total,
        rate: percent(overall.rate),
      }),
    overall.open > 0 && t('summary:commitments.open', { count: overall.open }),
  ].filter(Boolean);
  const blocks: SummaryBlock[] = [{ type: 'paragraph', text: `${counts.join('; ')}.` }];
  const days = [...new Set(input.commitments.map((c) => c.day))].sort();
  for (const day of days) {
    const items = input.commitments
      .filter((c) => c.day === day)
      .map((c) => {
        const outcome = outcomes.get(c.id);
        const why = outcome?.obstacle
          ? outcome.note
            ? t('summary:commitments.note', { obstacle: obstacleLabel(outcome.obstacle), note: outcome.note })
            : obstacleLabel(outcome.obstacle)
          : '';
        const words = { mark: STATUS_MARK[c.status], title: c.title, why };
        if (!outcome?.carriedTo)
          return why ? t('summary:commitments.itemWhy', words) : t('summary:commitments.item', words);
        const carried = { ...words, day: formatDayShort(outcome.carriedTo) };
        return why
          ? t('summary:commitments.itemWhyCarried', carried)
          : t('summary:commitments.itemCarried', carried);
      });
    blocks.push({ type: 'labelled', label: formatDayShort(day), text: '' }, { type: 'list', items });
  }
  return blocks;
}

function obstaclesSection(input: SummaryInput): SummaryBlock[] {
  const written = input.reviews.filter((r) => !r.skipped);
  const counts = countObstacles(written);
  if (counts.length === 0) return [{ type: 'paragraph', text: t('summary:obstacles.none') }];
  const notes = written.flatMap((r) =>
    r.outcomes
      .filter((o) => o.obstacle && o.note)
      .map((o) => t('summary:commitments.note', { obstacle: obstacleLabel(o.obstacle!), note: o.note })),
  );
  return [
    {
      type: 'list',
      items: counts.map((o) =>
        t('summary:obstacles.times', { obstacle: obstacleLabel(o.obstacle), count: o.count }),
      ),
    },
    ...(notes.length > 0
      ? [
          { type: 'labelled' as const, label: t('summary:obstacles.inMyWords'), text: '' },
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
      input.includeReflections &&
        review.wentWell &&
        t('summary:reflections.wentWell', { text: review.wentWell }),
      input.includeReflections &&
        review.learned &&
        t('summary:reflections.learned', { text: review.learned }),
      review.tomorrowFocus && t('summary:reflections.nextFocus', { text: review.tomorrowFocus }),
      review.strengthsUsed.length > 0 &&
        t('summary:reflections.strengthsUsed', {
          list: listOf(review.strengthsUsed.map((id) => strengthById(id)?.name ?? id)),
        }),
    ].filter((item): item is string => Boolean(item));
    if (items.length > 0)
      blocks.push({ type: 'labelled', label: formatDayShort(review.day), text: '' }, { type: 'list', items });
  }
  for (const week of input.weeklyReviews) {
    const items = [
      week.wins && t('summary:reflections.wins', { text: week.wins }),
      week.patterns && t('summary:reflections.patterns', { text: week.patterns }),
      week.nextWeekFocus && t('summary:reflections.nextWeek', { text: week.nextWeekFocus }),
    ].filter((item): item is string => Boolean(item));
    if (items.length > 0)
      blocks.push(
        { type: 'labelled', label: t('summary:reflections.week', { week: week.week }), text: '' },
        { type: 'list', items },
      );
  }
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', text: t('summary:reflections.none') }];
}

const oneDecimal = (value: number | null) =>
  value === null
    ? '–'
    : new Intl.NumberFormat(intlLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        value,
      );

function wellbeingSection(input: SummaryInput): SummaryBlock[] {
  const written = input.reviews.filter((r) => !r.skipped);
  const overall = wellbeing(written);
  if (overall.days === 0) return [{ type: 'paragraph', text: t('summary:wellbeing.none') }];
  return [
    {
      type: 'paragraph',
      text: t('summary:wellbeing.average', {
        energy: oneDecimal(overall.energy),
        stress: oneDecimal(overall.stress),
      }),
    },
    {
      type: 'list',
      items: [...written]
        .filter((r) => r.energy !== undefined || r.stress !== undefined)
        .sort((a, b) => a.day.localeCompare(b.day))
        .map((r) =>
          t('summary:wellbeing.day', {
            day: formatDayShort(r.day),
            energy: r.energy ?? '–',
            stress: r.stress ?? '–',
          }),
        ),
    },
  ];
}

function goalsSection(input: Scoped): SummaryBlock[] {
  const active = input.goals.filter((g) => g.status !== 'archived');
  if (active.length === 0) return [{ type: 'paragraph', text: t('summary:goals.none') }];
  return [
    {
      type: 'list',
      items: active.map((goal) => {
        const linked = input.commitments
          .filter((c) => c.goalId === goal.id)
          .map((c) => outcomeOf(c, input.context))
          .filter((outcome) => outcome !== null);
        const done = linked.filter((outcome) => outcome === 'done').length;
        const words = { title: goal.title, done, count: linked.length };
        return goal.status === 'achieved'
          ? t('summary:goals.linkedAchieved', words)
          : t('summary:goals.linked', words);
      }),
    },
  ];
}

function visionSection(input: SummaryInput): SummaryBlock[] {
  const vision = input.vision;
  const blocks: SummaryBlock[] = [];
  if (input.profile?.purpose)
    blocks.push({ type: 'labelled', label: t('summary:vision.purpose'), text: input.profile.purpose });
  if (input.profile?.values.length)
    blocks.push({ type: 'labelled', label: t('summary:vision.values'), text: listOf(input.profile.values) });
  if (vision?.statement)
    blocks.push({ type: 'labelled', label: t('summary:vision.vision'), text: vision.statement });
  if (vision?.looksLike)
    blocks.push({ type: 'labelled', label: t('summary:vision.looksLike'), text: vision.looksLike });
  if (vision?.feelsLike)
    blocks.push({ type: 'labelled', label: t('summary:vision.feelsLike'), text: vision.feelsLike });
  for (const horizon of HORIZONS) {
    const text = vision?.horizons[horizon];
    if (text) blocks.push({ type: 'labelled', label: HORIZON_NAMES[horizon], text });
  }
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', text: t('summary:vision.none') }];
}

function strengthsSection(input: SummaryInput): SummaryBlock[] {
  const top = signatureStrengths(input.strengths);
  if (top.length === 0) return [{ type: 'paragraph', text: t('summary:strengths.none') }];
  const notes = new Map(input.strengths.map((s) => [s.id, s.note.trim()]));
  return [
    {
      type: 'list',
      items: top.map((s) =>
        notes.get(s.id) ? t('summary:strengths.note', { name: s.name, note: notes.get(s.id) }) : s.name,
      ),
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
