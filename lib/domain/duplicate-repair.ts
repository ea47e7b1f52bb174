/**
 * Merging commitments an older Flourish carried into a day twice (`duplicateGroups`), keeping every
 * review and carry that points at them. Pure: the schema upgrade reads the rows, writes the result.
 */
import type { Commitment, CommitmentStatus, DailyReview, ReviewOutcome } from './types';
import { duplicateGroups } from './same-commitment';
import { LIMITS } from './validation';

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

/** The reviews with outcomes of merged-away commitments given to their survivors. */
function remapReviews(
  reviews: readonly DailyReview[],
  survivorOfId: ReadonlyMap<string, string>,
): DailyReview[] {
  return reviews.map((review) => {
    if (!review.outcomes.some((o) => survivorOfId.has(o.commitmentId))) return review;
    const bySurvivor = new Map<string, ReviewOutcome[]>();
    for (const outcome of review.outcomes) {
      const id = survivorOfId.get(outcome.commitmentId) ?? outcome.commitmentId;
      bySurvivor.set(id, [...(bySurvivor.get(id) ?? []), outcome]);
    }
    return { ...review, outcomes: [...bySurvivor].map(([id, group]) => mergedOutcome(group, id)) };
  });
}

/** Whether merging would make a note longer than a review can hold: then the group stays as it is. */
function tooLong(reviews: readonly DailyReview[]): boolean {
  return reviews.some((review) => review.outcomes.some((o) => (o.note?.length ?? 0) > LIMITS.statement));
}

/** One pass: every group of duplicates merged, carries pointed at survivors. */
function repairOnce(commitments: readonly Commitment[], reviews: readonly DailyReview[]) {
  const survivorOfId = new Map<string, string>();
  const rows = new Map(commitments.map((c) => [c.id, c]));
  for (const group of duplicateGroups(commitments) as Commitment[][]) {
    const survivor = survivorOf(group);
    const mapping = new Map(group.filter((c) => c !== survivor).map((c) => [c.id, survivor.id]));
    if (tooLong(remapReviews(reviews, mapping))) continue;
    rows.set(survivor.id, merged(group, survivor));
    for (const [id, to] of mapping) {
      survivorOfId.set(id, to);
      rows.delete(id);
    }
  }
  for (const [id, row] of rows) {
    const target = row.carriedFrom && survivorOfId.get(row.carriedFrom);
    if (target && target !== id) rows.set(id, { ...row, carriedFrom: target });
  }
  return {
    commitments: [...rows.values()],
    reviews: remapReviews(reviews, survivorOfId),
    merged: survivorOfId.size,
  };
}

/**
 * Merges every group of duplicates, again and again while merging makes new ones (copies of two
 * merged commitments, carried on to a later day, become one commitment's copies); returns what to
 * write.
 */
export function repairDuplicates(
  commitments: readonly Commitment[],
  reviews: readonly DailyReview[],
): DuplicateRepair {
  let state = { commitments, reviews };
  for (let pass = 0; pass < 100; pass++) {
    const next = repairOnce(state.commitments, state.reviews);
    if (next.merged === 0) break;
    state = next;
  }
  const kept = new Set(state.commitments.map((c) => c.id));
  const before = new Map(commitments.map((c) => [c.id, c]));
  const reviewsBefore = new Map(reviews.map((r) => [r.day, r]));
  return {
    put: state.commitments.filter((c) => before.get(c.id) !== c),
    remove: commitments.filter((c) => !kept.has(c.id)).map((c) => c.id),
    reviews: state.reviews.filter((r) => reviewsBefore.get(r.day) !== r),
  };
}
