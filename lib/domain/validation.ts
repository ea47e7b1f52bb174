/**
 * Length limits and the text checks every write function applies before touching the database. A
 * restored backup is checked with the same functions (the schemas of lib/domain/entities/), so it can
 * only hold what the editors could have written.
 */
import type { IfThenPlan } from './types';

export const LIMITS = {
  /** Commitment titles (issue 4). */
  commitmentTitle: 200,
  /** Goal titles and values (issue 3). */
  title: 120,
  /** Purpose, vision and reflection texts. */
  statement: 2000,
} as const;

/** A refusal the user can read: the message says what is wrong in plain words. */
export class ValidationError extends Error {
  override name = 'ValidationError';
}

/** Trims a required text and refuses it when empty or longer than `max` characters. */
export function requireText(value: string, what: string, max: number): string {
  const text = value.trim();
  if (text === '') throw new ValidationError(`${what} can’t be empty.`);
  if (text.length > max) {
    throw new ValidationError(`${what} is ${text.length} characters; the limit is ${max}.`);
  }
  return text;
}

/** Refuses an optional text longer than `max` characters; keeps the user's spacing otherwise. */
export function limitText(value: string, what: string, max: number): string {
  if (value.length > max) {
    throw new ValidationError(`${what} is ${value.length} characters; the limit is ${max}.`);
  }
  return value;
}

/** A commitment's title: required, up to 200 characters. */
export const checkCommitmentTitle = (title: string) =>
  requireText(title, 'A commitment', LIMITS.commitmentTitle);

/** A recurring commitment's title: required, up to 200 characters. */
export const checkRecurrenceTitle = (title: string) =>
  requireText(title, 'A recurring commitment', LIMITS.commitmentTitle);

/** A goal's title: required, up to 120 characters. */
export const checkGoalTitle = (title: string) => requireText(title, 'A goal’s title', LIMITS.title);

const BOTH_PARTS = 'An if-then plan needs both parts: “When …” and “I will …”.';

/** An if-then plan: both halves or neither (then there is no plan); each half a short phrase. */
export function checkIfThen(plan: IfThenPlan | undefined): IfThenPlan | undefined {
  if (!plan) return undefined;
  const when = plan.when.trim();
  const then = plan.then.trim();
  if (!when && !then) return undefined;
  if (!when || !then) throw new ValidationError(BOTH_PARTS);
  return {
    when: requireText(when, 'The “When” part', LIMITS.commitmentTitle),
    then: requireText(then, 'The “I will” part', LIMITS.commitmentTitle),
  };
}

/** What the leader agreed with their coach: required, up to 2000 characters. */
export const checkAgreement = (text: string) => requireText(text, 'An agreement', LIMITS.statement);

/** A question to bring to the next session: required, up to 2000 characters. */
export const checkQuestion = (text: string) => requireText(text, 'A question', LIMITS.statement);
/** A plan being made, where neither half is no plan at all: both halves, checked as `checkIfThen`. */
export function requireIfThen(plan: IfThenPlan): IfThenPlan {
  const checked = checkIfThen(plan);
  if (!checked) throw new ValidationError(BOTH_PARTS);
  return checked;
}
