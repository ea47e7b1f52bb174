/**
 * Merging commitments an older Flourish carried into a day twice (`duplicateGroups`), keeping every
 * review and carry that points at them. Pure: the schema upgrade reads the rows, writes the result.
 */
import type { Commitment, CommitmentStatus, DailyReview, ReviewOutcome } from './db/types';
import { duplicateGroups } from './same-commitment';

export interface DuplicateRepair {
  /** Commitments rewritten: each group's survivor, and commitments whose carry pointed at a merged one. */
  put: Commitment[];
  /** The merged-away copies. */
  remove: string[];
  /** Reviews whose outcomes now name the survivor. */
  reviews: DailyReview[];
}

/** Which of two statuses the merged commitment takes: what got done was done. */
const STATUS_RANK: Record<CommitmentStatus, number> = { done: 0, 'not-done': 1, open: 2, dropped: 3 };
const OUTCOME_RANK: Record<ReviewOutcome['status'], number> = { done: 0, 'not-done': 1, dropped: 2 };

/**
 * The one that stays: the recurring rule's own (the rule looks for it), else the one the user typed
 * (not carried), else the oldest; ties by id, so the upgrade gives the same result everywhere.
 */
function survivorOf(group: readonly Commitment[]): Commitment {
  const rank = (c: Commitment) => (c.recurrenceId ? 0 : c.carriedFrom ? 2 : 1);
  return [...group].sort(
    (a, b) => rank(a) - rank(b) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
  )[0]!;
}

function merged(group: readonly Commitment[], survivor: Commitment): Commitment {
  const others = group.filter((c) => c !== survivor);
  const status = [...group].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status])[0]!.status;
  const doneAt = Math.min(
    ...group.flatMap((c) => (c.status === 'done' && c.doneAt !== undefined ? [c.doneAt] : [])),
  );
  const first = <K extends 'goalId' | 'strengthId' | 'ifThen' | 'carriedFrom' | 'recurrenceId'>(key: K) =>
    survivor[key] ?? others.find((c) => c[key] !== undefined)?.[key];
  const row: Commitment = {
    ...survivor,
    status,
    order: Math.min(...group.map((c) => c.order)),
    createdAt: Math.min(...group.map((c) => c.createdAt)),
    updatedAt: Math.max(...group.map((c) => c.updatedAt)),
  };
  for (const key of ['goalId', 'strengthId', 'ifThen', 'carriedFrom', 'recurrenceId'] as const) {
    const value = first(key);
    if (value !== undefined) Object.assign(row, { [key]: value });
  }
  // A copy carried from another one of the group would now point at itself.
  if (row.carriedFrom !== undefined && group.some((c) => c.id === row.carriedFrom)) delete row.carriedFrom;
  if (status === 'done' && Number.isFinite(doneAt)) row.doneAt = doneAt;
  else delete row.doneAt;
  return row;
}

/** One outcome for the survivor from those the review had for the group: the most settled one. */
function mergedOutcome(outcomes: readonly ReviewOutcome[], survivorId: string): ReviewOutcome {
  const [chosen, ...rest] = [...outcomes].sort((a, b) => OUTCOME_RANK[a.status] - OUTCOME_RANK[b.status]);
  const outcome: ReviewOutcome = { ...chosen!, commitmentId: survivorId };
  // What got in the way of one not done says nothing about one that was done.
  const alike = rest.filter((o) => o.status === outcome.status);
  for (const key of ['obstacle', 'decision', 'moveTo'] as const) {
    const value = outcome[key] ?? alike.find((o) => o[key] !== undefined)?.[key];
    if (value !== undefined) Object.assign(outcome, { [key]: value });
  }
  // The user's own words are all kept, and where a copy was carried stays known.
  const notes = [...new Set(outcomes.flatMap((o) => (o.note?.trim() ? [o.note] : [])))];
  if (notes.length > 0) outcome.note = notes.join('\n');
  const carriedTo = outcome.carriedTo ?? rest.find((o) => o.carriedTo !== undefined)?.carriedTo;
  if (carriedTo !== undefined) outcome.carriedTo = carriedTo;
  return outcome;
}

/** Merges every group of duplicates; returns what to write. */
export function repairDuplicates(
  commitments: readonly Commitment[],
  reviews: readonly DailyReview[],
): DuplicateRepair {
  const survivorOfId = new Map<string, string>();
  const put = new Map<string, Commitment>();
  const remove: string[] = [];
  for (const group of duplicateGroups(commitments) as Commitment[][]) {
    const survivor = survivorOf(group);
    put.set(survivor.id, merged(group, survivor));
    for (const c of group) {
      if (c === survivor) continue;
      survivorOfId.set(c.id, survivor.id);
      remove.push(c.id);
    }
  }
  if (remove.length === 0) return { put: [], remove, reviews: [] };

  for (const c of commitments) {
    const target = c.carriedFrom && survivorOfId.get(c.carriedFrom);
    if (!target || survivorOfId.has(c.id)) continue;
    const row = put.get(c.id) ?? { ...c };
    if (row.id !== target) put.set(c.id, { ...row, carriedFrom: target });
  }

  const repairedReviews: DailyReview[] = [];
  for (const review of reviews) {
    if (!review.outcomes.some((o) => survivorOfId.has(o.commitmentId))) continue;
    const bySurvivor = new Map<string, ReviewOutcome[]>();
    for (const outcome of review.outcomes) {
      const id = survivorOfId.get(outcome.commitmentId) ?? outcome.commitmentId;
      bySurvivor.set(id, [...(bySurvivor.get(id) ?? []), outcome]);
    }
    const outcomes = [...bySurvivor].map(([id, group]) => mergedOutcome(group, id));
    repairedReviews.push({ ...review, outcomes });
  }
  return { put: [...put.values()], remove, reviews: repairedReviews };
}
