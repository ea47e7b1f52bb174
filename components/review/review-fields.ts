/**
 * The daily review as the fields its form edits one by one: each commitment's outcome, each
 * strength's tick, each reflection. A form saves only the fields it changed (lib/domain/review-answers).
 */
import type { ReviewOutcome } from '../../lib/domain/types';
import type { ReviewAnswers, ReviewChanges } from '../../lib/domain/review-answers';

export type ReviewFields = Record<string, unknown>;

const OUTCOME = 'outcome:';
const STRENGTH = 'strength:';
const TEXTS = ['wentWell', 'learned', 'tomorrowFocus'] as const;
const SCALES = ['energy', 'stress'] as const;

export const outcomeField = (commitmentId: string) => `${OUTCOME}${commitmentId}`;
export const strengthField = (strengthId: string) => `${STRENGTH}${strengthId}`;

/** The answers as fields: `outcome:<commitment>`, `strength:<strength>` (ticked), and the reflections. */
export function toFields(answers: ReviewAnswers): ReviewFields {
  const fields: ReviewFields = {};
  for (const outcome of answers.outcomes) fields[outcomeField(outcome.commitmentId)] = outcome;
  for (const id of answers.strengthsUsed) fields[strengthField(id)] = true;
  for (const text of TEXTS) fields[text] = answers[text];
  for (const scale of SCALES) if (answers[scale] !== undefined) fields[scale] = answers[scale];
  return fields;
}

/** The fields back as answers, for showing them. */
export function fromFields(fields: ReviewFields): ReviewAnswers {
  const entries = Object.entries(fields);
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
  return {
    outcomes: entries.filter(([key]) => key.startsWith(OUTCOME)).map(([, value]) => value as ReviewOutcome),
    strengthsUsed: entries
      .filter(([key, value]) => key.startsWith(STRENGTH) && value === true)
      .map(([key]) => key.slice(STRENGTH.length)),
    wentWell: String(fields.wentWell ?? ''),
    learned: String(fields.learned ?? ''),
    tomorrowFocus: String(fields.tomorrowFocus ?? ''),
    ...(number(fields.energy) !== undefined && { energy: number(fields.energy) }),
    ...(number(fields.stress) !== undefined && { stress: number(fields.stress) }),
  };
}

/** Changed fields as the changes a save writes: only those, nothing else of the review. */
export function toChanges(fields: Partial<ReviewFields>): ReviewChanges {
  const changes: ReviewChanges = {};
  const outcomes: ReviewOutcome[] = [];
  const ticks: Record<string, boolean> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key.startsWith(OUTCOME)) outcomes.push(value as ReviewOutcome);
    else if (key.startsWith(STRENGTH)) ticks[key.slice(STRENGTH.length)] = value === true;
    else if ((TEXTS as readonly string[]).includes(key))
      changes[key as (typeof TEXTS)[number]] = String(value);
    else if ((SCALES as readonly string[]).includes(key) && typeof value === 'number') {
      changes[key as (typeof SCALES)[number]] = value;
    }
  }
  if (outcomes.length > 0) changes.outcomes = outcomes;
  if (Object.keys(ticks).length > 0) changes.strengthTicks = ticks;
  return changes;
}
