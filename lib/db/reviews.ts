import { db } from './db';
import type { Commitment, DailyReview, ReviewOutcome, StrengthId } from './types';
import { isDayKey, type DayKey } from '../days';
import { isObstacle } from '../obstacles';
import { strengthById } from '../strengths';
import { LIMITS, ValidationError, limitText } from '../validation';

/** The review of one day, written, skipped or in draft. */
export function getReview(day: DayKey): Promise<DailyReview | undefined> {
  return db.reviews.get(day);
}

/** Reviews of the days from `from` to `to`, both included. */
export function reviewsBetween(from: DayKey, to: DayKey): Promise<DailyReview[]> {
  return db.reviews.where('day').between(from, to, true, true).toArray();
}

/** Days from `from` on whose review is finished: written or skipped (drafts do not count). */
export async function finishedReviewDays(from: DayKey): Promise<Set<DayKey>> {
  const reviews = await db.reviews.where('day').aboveOrEqual(from).toArray();
  return new Set(reviews.filter((review) => review.completedAt !== undefined).map((review) => review.day));
}

export interface ReviewAnswers {
  outcomes: ReviewOutcome[];
  wentWell: string;
  strengthsUsed: StrengthId[];
  learned: string;
  tomorrowFocus: string;
  energy?: number;
  stress?: number;
}

export const EMPTY_ANSWERS: ReviewAnswers = {
  outcomes: [],
  wentWell: '',
  strengthsUsed: [],
  learned: '',
  tomorrowFocus: '',
};

function checkScale(value: number | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1 || value > 5)
    throw new ValidationError(`${what} is a number from 1 to 5.`);
  return value;
}

/**
 * Checks answers against the day's commitments; refuses anything the review could not mean. A draft
 * may still lack the day a commitment moves to.
 */
function checkAnswers(
  answers: ReviewAnswers,
  commitments: Map<string, Commitment>,
  draft = false,
): ReviewAnswers {
  for (const outcome of answers.outcomes) {
    const commitment = commitments.get(outcome.commitmentId);
    if (!commitment) throw new ValidationError('The review mentions a commitment that is not on this day.');
    if (outcome.obstacle !== undefined && !isObstacle(outcome.obstacle)) {
      throw new ValidationError(`“${outcome.obstacle}” is not an obstacle Flourish knows.`);
    }
    if (outcome.note) limitText(outcome.note, 'A note', LIMITS.statement);
    const movesLater = outcome.moveTo && isDayKey(outcome.moveTo) && outcome.moveTo > commitment.day;
    if (!draft && outcome.status === 'not-done' && outcome.decision === 'move' && !movesLater) {
      throw new ValidationError(`Choose a later day to move “${commitment.title}” to.`);
    }
  }
  for (const id of answers.strengthsUsed) {
    if (!strengthById(id)) throw new ValidationError(`“${id}” is not one of the 24 strengths.`);
  }
  return {
    outcomes: answers.outcomes,
    wentWell: limitText(answers.wentWell, 'What went well', LIMITS.statement),
    strengthsUsed: [...new Set(answers.strengthsUsed)],
    learned: limitText(answers.learned, 'What you learned', LIMITS.statement),
    tomorrowFocus: limitText(answers.tomorrowFocus, 'Tomorrow’s focus', LIMITS.statement),
    ...(answers.energy !== undefined && { energy: checkScale(answers.energy, 'Energy') }),
    ...(answers.stress !== undefined && { stress: checkScale(answers.stress, 'Stress') }),
  };
}

async function dayCommitments(day: DayKey): Promise<Map<string, Commitment>> {
  const commitments = await db.commitments.where('day').equals(day).toArray();
  return new Map(commitments.map((c) => [c.id, c]));
}

/** Saves the review as it stands, so closing the page loses nothing; a finished review stays finished. */
export async function saveReviewDraft(day: DayKey, answers: ReviewAnswers): Promise<void> {
  await db.transaction('rw', db.reviews, db.commitments, async () => {
    const checked = checkAnswers(answers, await dayCommitments(day), true);
    const existing = await db.reviews.get(day);
    await db.reviews.put({
      ...checked,
      day,
      ...(existing?.completedAt !== undefined && { completedAt: existing.completedAt }),
      updatedAt: Date.now(),
    });
  });
}

/** Where a not-done commitment goes: the next workday for "carry", the chosen day for "move". */
function carryTarget(outcome: ReviewOutcome, nextWorkday: DayKey): DayKey | null {
  if (outcome.status !== 'not-done' || outcome.carriedTo) return null;
  if (outcome.decision === 'carry') return nextWorkday;
  if (outcome.decision === 'move') return outcome.moveTo ?? null;
  return null;
}

/**
 * Finishes the review of `day` in one transaction: each commitment takes the status the review
 * gave it, not-done ones are carried to their new day (a new commitment with `carriedFrom`; the
 * original keeps its status and obstacle), and the review is stamped. A commitment is carried once,
 * however often the review is edited. Returns the outcomes as saved and how many were carried now.
 */
export async function completeReview(
  day: DayKey,
  answers: ReviewAnswers,
  nextWorkday: DayKey,
): Promise<{ carried: number; outcomes: ReviewOutcome[] }> {
  return db.transaction('rw', db.reviews, db.commitments, async () => {
    const commitments = await dayCommitments(day);
    const checked = checkAnswers(answers, commitments);
    const existing = await db.reviews.get(day);
    const carriedBefore = new Map(
      (existing?.outcomes ?? []).filter((o) => o.carriedTo).map((o) => [o.commitmentId, o.carriedTo!]),
    );
    const now = Date.now();
    let carried = 0;
    const outcomes: ReviewOutcome[] = [];
    for (const answered of checked.outcomes) {
      const previous = carriedBefore.get(answered.commitmentId);
      const outcome = previous ? { ...answered, carriedTo: previous } : answered;
      const commitment = commitments.get(outcome.commitmentId)!;
      await db.commitments.update(commitment.id, {
        status: outcome.status,
        doneAt: outcome.status === 'done' ? (commitment.doneAt ?? now) : undefined,
        updatedAt: now,
      });
      const target = carryTarget(outcome, nextWorkday);
      if (target === null) {
        outcomes.push(outcome);
        continue;
      }
      const last = await db.commitments
        .where('[day+order]')
        .between([target, -Infinity], [target, Infinity])
        .last();
      await db.commitments.add({
        id: crypto.randomUUID(),
        day: target,
        title: commitment.title,
        status: 'open',
        order: (last?.order ?? 0) + 1,
        createdAt: now,
        updatedAt: now,
        carriedFrom: commitment.id,
        ...(commitment.goalId && { goalId: commitment.goalId }),
        ...(commitment.strengthId && { strengthId: commitment.strengthId }),
        ...(commitment.ifThen && { ifThen: commitment.ifThen }),
      });
      carried += 1;
      outcomes.push({ ...outcome, carriedTo: target });
    }
    await db.reviews.put({
      ...checked,
      outcomes,
      day,
      completedAt: existing?.completedAt ?? now,
      updatedAt: now,
    });
    return { carried, outcomes };
  });
}

/** Marks days as skipped ("review or skip"), leaving any day that already has a review alone. */
export async function skipReviews(days: readonly DayKey[]): Promise<void> {
  const now = Date.now();
  await db.transaction('rw', db.reviews, async () => {
    for (const day of days) {
      if (await db.reviews.get(day)) continue;
      await db.reviews.add({ day, ...EMPTY_ANSWERS, skipped: true, completedAt: now, updatedAt: now });
    }
  });
}
