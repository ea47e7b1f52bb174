/**
 * The answers of a daily review as one form edits them, and the changes a form sends: only the
 * fields it changed, so a review open in the popup and in a tab never saves one copy over the other.
 */
import type { Commitment, DailyReview, ReviewOutcome, StrengthId } from './types';

/** What the leader answers in a review: the stored review without its day and stamps. */
export type ReviewAnswers = Pick<
  DailyReview,
  'outcomes' | 'wentWell' | 'strengthsUsed' | 'learned' | 'tomorrowFocus' | 'energy' | 'stress'
>;

export const EMPTY_ANSWERS: ReviewAnswers = {
  outcomes: [],
  wentWell: '',
  strengthsUsed: [],
  learned: '',
  tomorrowFocus: '',
};

/**
 * What one form changed in a review. Outcomes are set per commitment (the others are kept), and
 * strengths are ticked or unticked one by one. A whole `ReviewAnswers` is a valid set of changes:
 * it sets every field it has, `strengthsUsed` as a whole.
 */
export interface ReviewChanges {
  outcomes?: readonly ReviewOutcome[];
  wentWell?: string;
  learned?: string;
  tomorrowFocus?: string;
  /** The whole set of strengths used, replacing the stored one. */
  strengthsUsed?: readonly StrengthId[];
  /** Strengths ticked (true) or unticked (false), leaving the others as stored. */
  strengthTicks?: Readonly<Record<StrengthId, boolean>>;
  energy?: number;
  stress?: number;
}

/**
 * The strengths a review starts with ticked: those the day's commitments are linked to (not the
 * dropped ones), each once, in the day's order.
 */
export function linkedStrengths(
  commitments: readonly Pick<Commitment, 'status' | 'strengthId'>[],
): StrengthId[] {
  const linked = commitments.filter((c) => c.status !== 'dropped').map((c) => c.strengthId);
  return [...new Set(linked.filter((id) => id !== undefined))];
}

/**
 * The answers a review of the day stands at: the stored review's (a draft's, a finished one's, or
 * the words a skipped one kept), and for each commitment it says nothing of, what the day's ticks
 * already say (ticked done in the popup is done; a not-done one was settled by an earlier review).
 * Before anything is stored, the strengths linked to the day's commitments start ticked; once a
 * review is stored, its strengths are the leader's, and nothing is ticked for them again.
 */
export function reviewAnswers(
  review: DailyReview | undefined,
  commitments: readonly Pick<Commitment, 'id' | 'status' | 'strengthId'>[],
): ReviewAnswers {
  const stored: ReviewAnswers = review
    ? {
        outcomes: review.outcomes,
        wentWell: review.wentWell,
        strengthsUsed: review.strengthsUsed,
        learned: review.learned,
        tomorrowFocus: review.tomorrowFocus,
        ...(review.energy !== undefined && { energy: review.energy }),
        ...(review.stress !== undefined && { stress: review.stress }),
      }
    : { ...EMPTY_ANSWERS, strengthsUsed: linkedStrengths(commitments) };
  const said = new Set(stored.outcomes.map((o) => o.commitmentId));
  const fromTicks: ReviewOutcome[] = commitments
    .filter((c) => !said.has(c.id) && (c.status === 'done' || c.status === 'not-done'))
    .map((c) => ({ commitmentId: c.id, status: c.status as 'done' | 'not-done' }));
  return fromTicks.length === 0 ? stored : { ...stored, outcomes: [...stored.outcomes, ...fromTicks] };
}

/** `answers` with `changes` applied: the fields they name replaced, every other field kept. */
export function applyReviewChanges(answers: ReviewAnswers, changes: ReviewChanges): ReviewAnswers {
  const next: ReviewAnswers = { ...answers };
  if (changes.outcomes) {
    const changed = new Map(changes.outcomes.map((o) => [o.commitmentId, o]));
    const had = new Set(answers.outcomes.map((o) => o.commitmentId));
    next.outcomes = [
      ...answers.outcomes.map((o) => changed.get(o.commitmentId) ?? o),
      ...changes.outcomes.filter((o) => !had.has(o.commitmentId)),
    ];
  }
  if (changes.wentWell !== undefined) next.wentWell = changes.wentWell;
  if (changes.learned !== undefined) next.learned = changes.learned;
  if (changes.tomorrowFocus !== undefined) next.tomorrowFocus = changes.tomorrowFocus;
  if (changes.strengthsUsed) next.strengthsUsed = [...changes.strengthsUsed];
  if (changes.strengthTicks) {
    const ticks = Object.entries(changes.strengthTicks);
    const unticked = new Set(ticks.filter(([, on]) => !on).map(([id]) => id));
    const used = next.strengthsUsed.filter((id) => !unticked.has(id));
    for (const [id, on] of ticks) if (on && !used.includes(id)) used.push(id);
    next.strengthsUsed = used;
  }
  if (changes.energy !== undefined) next.energy = changes.energy;
  if (changes.stress !== undefined) next.stress = changes.stress;
  return next;
}
