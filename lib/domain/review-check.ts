/**
 * The rules a daily review is saved by: answers it could not mean are refused, and each not-done
 * commitment's destination follows its decision.
 */
import { t } from '../i18n';
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
    throw new ValidationError(t('errors:scale', { what }));
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
    if (!commitment) throw new ValidationError(t('errors:review.notThisDay'));
    if (!OUTCOME_STATUSES.includes(outcome.status)) {
      throw new ValidationError(t('errors:review.status', { title: commitment.title }));
    }
    if (outcome.obstacle !== undefined && !isObstacle(outcome.obstacle)) {
      throw new ValidationError(t('errors:review.obstacle', { obstacle: outcome.obstacle }));
    }
    if (outcome.note) limitText(outcome.note, t('errors:field.note'), LIMITS.statement);
    const moving = outcome.status === 'not-done' && outcome.decision === 'move' && !outcome.carriedTo;
    if (rules && moving && !(outcome.moveTo && isDayKey(outcome.moveTo) && outcome.moveTo >= rules.carryTo)) {
      throw new ValidationError(
        t('errors:review.moveTo', { day: formatDayShort(rules.carryTo), title: commitment.title }),
      );
    }
  }
  for (const id of answers.strengthsUsed) {
    if (!strengthById(id)) throw new ValidationError(t('errors:strengths.unknown', { id }));
  }
  return {
    outcomes: answers.outcomes,
    wentWell: limitText(answers.wentWell, t('errors:field.wentWell'), LIMITS.statement),
    strengthsUsed: [...new Set(answers.strengthsUsed)],
    learned: limitText(answers.learned, t('errors:field.learned'), LIMITS.statement),
    tomorrowFocus: limitText(answers.tomorrowFocus, t('errors:field.tomorrowFocus'), LIMITS.statement),
    ...(answers.energy !== undefined && { energy: checkScale(answers.energy, t('errors:field.energy')) }),
    ...(answers.stress !== undefined && { stress: checkScale(answers.stress, t('errors:field.stress')) }),
  };
}

/** Where a not-done commitment goes now: the carry day, the chosen day, or nowhere. */
export function destination(outcome: ReviewOutcome, carryTo: DayKey): DayKey | null {
  if (outcome.status !== 'not-done' || outcome.carriedTo) return null;
  if (outcome.decision === 'carry') return carryTo;
  if (outcome.decision === 'move') return outcome.moveTo ?? null;
  return null;
}
