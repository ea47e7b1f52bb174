import { db } from './db';
import type { Commitment, DailyReview, ReviewOutcome } from '../../domain/types';
import type { DayKey } from '../../domain/days';
import { carryOver } from './carry';
import { checkAnswers, destination, type CarryRules } from '../../domain/review-check';
import {
  EMPTY_ANSWERS,
  applyReviewChanges,
  reviewAnswers,
  type ReviewAnswers,
  type ReviewChanges,
} from '../../domain/review-answers';

/** The review of one day, written, skipped or in draft. */
export function getReview(day: DayKey): Promise<DailyReview | undefined> {
  return db.reviews.get(day);
}

/** Reviews of the days from `from` to `to`, both included. */
export function reviewsBetween(from: DayKey, to: DayKey): Promise<DailyReview[]> {
  return db.reviews.where('day').between(from, to, true, true).toArray();
}

/**
 * Every day whose review is finished, written or skipped, oldest first. Read from the completedAt
 * index as keys only (drafts have no completedAt, so they are not in it): no row is loaded, so ten
 * years of reviews cost a few milliseconds.
 */
export async function finishedReviewKeys(): Promise<DayKey[]> {
  return (await db.reviews.orderBy('completedAt').primaryKeys()).sort();
}

/** Days from `from` on whose review is finished: written or skipped (drafts do not count). */
export async function finishedReviewDays(from: DayKey): Promise<Set<DayKey>> {
  const reviews = await db.reviews.where('day').aboveOrEqual(from).toArray();
  return new Set(reviews.filter((review) => review.completedAt !== undefined).map((review) => review.day));
}

export { EMPTY_ANSWERS, type ReviewAnswers, type ReviewChanges } from '../../domain/review-answers';

async function dayCommitments(day: DayKey): Promise<Map<string, Commitment>> {
  const commitments = await db.commitments.where('day').equals(day).toArray();
  return new Map(commitments.map((c) => [c.id, c]));
}

/** Where each commitment of the day was carried to already, read from the commitments themselves. */
async function carriedCopies(ids: readonly string[]): Promise<Map<string, DayKey>> {
  const copies = await db.commitments.where('carriedFrom').anyOf(ids).toArray();
  return new Map(copies.map((copy) => [copy.carriedFrom!, copy.day]));
}

/**
 * The stored answers of `day` with `changes` applied, read and merged inside the caller's
 * transaction, so a change made in another page meanwhile is kept.
 */
async function mergedAnswers(
  day: DayKey,
  changes: ReviewChanges,
  commitments: Map<string, Commitment>,
): Promise<{ existing: DailyReview | undefined; answers: ReviewAnswers }> {
  const existing = await db.reviews.get(day);
  const base = reviewAnswers(existing, [...commitments.values()]);
  return { existing, answers: applyReviewChanges(base, changes) };
}

/**
 * Saves what a form changed in the review of `day` (only those fields: `ReviewChanges`), so closing
 * the page loses nothing and two pages never overwrite each other's fields. A finished review stays
 * finished; a skipped day being reviewed after all becomes a draft again.
 */
export async function saveReviewDraft(day: DayKey, changes: ReviewChanges): Promise<void> {
  await db.transaction('rw', db.reviews, db.commitments, async () => {
    const commitments = await dayCommitments(day);
    // A draft's outcome for a commitment deleted since the form opened is let go, not refused.
    const outcomes = changes.outcomes?.filter((o) => commitments.has(o.commitmentId));
    const merged = await mergedAnswers(day, { ...changes, ...(outcomes && { outcomes }) }, commitments);
    const { existing, answers } = merged;
    const checked = checkAnswers(answers, commitments, null);
    const carried = await carriedCopies([...commitments.keys()]);
    const finished = existing?.completedAt !== undefined && !existing.skipped;
    await db.reviews.put({
      ...checked,
      outcomes: checked.outcomes.map((o) =>
        carried.has(o.commitmentId) ? { ...o, carriedTo: carried.get(o.commitmentId) } : o,
      ),
      day,
      ...(existing?.starred !== undefined && { starred: existing.starred }),
      ...(finished && { completedAt: existing.completedAt }),
      updatedAt: Date.now(),
    });
  });
}

/**
 * Finishes the review of `day` in one transaction, with `changes` applied to what is stored (only
 * the fields they name, as `saveReviewDraft`): each commitment takes the status the review gave it,
 * not-done ones are carried to their new day (`carryOver`; the original keeps its
 * status and obstacle), and the review is stamped. A commitment is carried
 * once, however often the review is edited (its existing copy is looked up, not remembered).
 * Returns the outcomes as saved and how many were carried now.
 */
export async function completeReview(
  day: DayKey,
  changes: ReviewChanges,
  rules: CarryRules,
): Promise<{ carried: number; outcomes: ReviewOutcome[] }> {
  return db.transaction('rw', db.reviews, db.commitments, async () => {
    const commitments = await dayCommitments(day);
    const { existing, answers } = await mergedAnswers(day, changes, commitments);
    const checked = checkAnswers(answers, commitments, rules);
    const already = await carriedCopies([...commitments.keys()]);
    const now = Date.now();
    let carried = 0;
    const outcomes: ReviewOutcome[] = [];
    for (const answered of checked.outcomes) {
      // Carried already: a copy points back at it, or (linked to a recurring instance that stood
      // for another day's carry too) the review as saved before says where it went.
      const previous =
        already.get(answered.commitmentId) ??
        existing?.outcomes.find((o) => o.commitmentId === answered.commitmentId)?.carriedTo;
      const outcome = previous ? { ...answered, carriedTo: previous } : answered;
      const commitment = commitments.get(outcome.commitmentId)!;
      await db.commitments.update(commitment.id, {
        status: outcome.status,
        doneAt: outcome.status === 'done' ? (commitment.doneAt ?? now) : undefined,
        updatedAt: now,
      });
      const target = destination(outcome, rules.carryTo);
      if (target === null) {
        outcomes.push(outcome);
        continue;
      }
      // A day that already held it, done there, is not told it got one more.
      if ((await carryOver(commitment, target, now)) !== 'done-there') carried += 1;
      outcomes.push({ ...outcome, carriedTo: target });
    }
    const finishedBefore = existing?.completedAt !== undefined && !existing.skipped;
    await db.reviews.put({
      ...checked,
      outcomes,
      day,
      ...(existing?.starred !== undefined && { starred: existing.starred }),
      completedAt: finishedBefore ? existing.completedAt : now,
      updatedAt: now,
    });
    return { carried, outcomes };
  });
}

/**
 * Marks days as skipped ("review or skip"). A day with a draft is skipped too (the draft's answers
 * stay); a finished review is left alone.
 */
export async function skipReviews(days: readonly DayKey[]): Promise<void> {
  const now = Date.now();
  await db.transaction('rw', db.reviews, async () => {
    for (const day of days) {
      const existing = await db.reviews.get(day);
      if (existing?.completedAt !== undefined) continue;
      await db.reviews.put({
        ...EMPTY_ANSWERS,
        ...existing,
        day,
        skipped: true,
        completedAt: now,
        updatedAt: now,
      });
    }
  });
}

/**
 * Stars (or unstars) the reflections of `day` to bring to the next coaching session. Only the star
 * changes; a day with no review yet gets an empty draft holding it.
 */
export async function starReview(day: DayKey, starred: boolean): Promise<void> {
  await db.transaction('rw', db.reviews, async () => {
    const existing = await db.reviews.get(day);
    await db.reviews.put({ ...EMPTY_ANSWERS, ...existing, day, starred, updatedAt: Date.now() });
  });
}
