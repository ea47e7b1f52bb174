/**
 * The rules a daily review is saved by: answers it could not mean are refused, and each not-done
 * commitment's destination follows its decision.
 */
import { OUTCOME_STATUSES, type Commitment, type ReviewOutcome } from './types';
import { isDayKey, type DayKey } from './days';
import { formatDayShort } from './format';
import { isObstacle } from './obstacles';
import type { ReviewAnswers } from './review-answers';
import { strengthById } from './strengths';
import { LIMITS, ValidationError, limitText } from './validation';

function checkScale(value: number | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1 || value > 5)
    throw new ValidationError(`${what} is a number from 1 to 5.`);
  return value;
}

/** Where the day's not-done commitments may go: carried to `carryTo`, or moved no earlier than it. */
export interface CarryRules {
  /** The day "carry" sends them to (lib/domain/carry: the next workday, never a past day). */
  carryTo: DayKey;
}

/**
 * Checks answers against the day's commitments; refuses anything the review could not mean. A draft
 * may still lack the day a commitment moves to.
 */
export function checkAnswers(
  answers: ReviewAnswers,
  commitments: Map<string, Commitment>,
  rules: CarryRules | null,
): ReviewAnswers {
  for (const outcome of answers.outcomes) {
    const commitment = commitments.get(outcome.commitmentId);
    if (!commitment) throw new ValidationError('The review mentions a commitment that is not on this day.');
    if (!OUTCOME_STATUSES.includes(outcome.status)) {
      throw new ValidationError(`“${commitment.title}” must be done or not done.`);
    }
    if (outcome.obstacle !== undefined && !isObstacle(outcome.obstacle)) {
      throw new ValidationError(`“${outcome.obstacle}” is not an obstacle Flourish knows.`);
    }
    if (outcome.note) limitText(outcome.note, 'A note', LIMITS.statement);
    const moving = outcome.status === 'not-done' && outcome.decision === 'move' && !outcome.carriedTo;
    if (rules && moving && !(outcome.moveTo && isDayKey(outcome.moveTo) && outcome.moveTo >= rules.carryTo)) {
      throw new ValidationError(
        `Choose ${formatDayShort(rules.carryTo)} or later to move “${commitment.title}” to.`,
      );
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

/** Where a not-done commitment goes now: the carry day, the chosen day, or nowhere. */
export function destination(outcome: ReviewOutcome, carryTo: DayKey): DayKey | null {
  if (outcome.status !== 'not-done' || outcome.carriedTo) return null;
  if (outcome.decision === 'carry') return carryTo;
  if (outcome.decision === 'move') return outcome.moveTo ?? null;
  return null;
}
