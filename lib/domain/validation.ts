/**
 * Length limits and the text checks every write function applies before touching the database. A
 * restored backup is checked with the same functions (the schemas of lib/domain/entities/), so it can
 * only hold what the editors could have written.
 */
import { t } from '../i18n';
import { LIMITS, ValidationError } from './limits';
import type { IfThenPlan } from './types';

export { LIMITS, ValidationError };

/** Trims a required text and refuses it when empty or longer than `max` characters. */
export function requireText(value: string, what: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) throw new ValidationError(t('errors:text.empty', { what }));
  if (text.length > max) {
    throw new ValidationError(t('errors:text.tooLong', { what, length: text.length, max }));
  }
  return text;
}

/** Refuses an optional text longer than `max` characters; keeps the user's spacing otherwise. */
export function limitText(value: string, what: string, max: number): string {
  if (value.length > max) {
    throw new ValidationError(t('errors:text.tooLong', { what, length: value.length, max }));
  }
  return value;
}

/** A commitment's title: required, up to 200 characters. */
export const checkCommitmentTitle = (title: string) =>
  requireText(title, t('errors:field.commitment'), LIMITS.commitmentTitle);

/** A recurring commitment's title: required, up to 200 characters. */
export const checkRecurrenceTitle = (title: string) =>
  requireText(title, t('errors:field.recurrence'), LIMITS.commitmentTitle);

/** A goal's title: required, up to 120 characters. */
export const checkGoalTitle = (title: string) =>
  requireText(title, t('errors:field.goalTitle'), LIMITS.title);

/** An if-then plan: both halves or neither (then there is no plan); each half a short phrase. */
export function checkIfThen(plan: IfThenPlan | undefined): IfThenPlan | undefined {
  if (!plan) return undefined;
  const when = plan.when.trim();
  const then = plan.then.trim();
  if (!when && !then) return undefined;
  if (!when || !then) throw new ValidationError(t('errors:ifThen'));
  return {
    when: requireText(when, t('errors:field.when'), LIMITS.commitmentTitle),
    then: requireText(then, t('errors:field.then'), LIMITS.commitmentTitle),
  };
}

/** What the leader agreed with their coach: required, up to 2000 characters. */
export const checkAgreement = (text: string) =>
  requireText(text, t('errors:field.agreement'), LIMITS.statement);

/** A question to bring to the next session: required, up to 2000 characters. */
export const checkQuestion = (text: string) =>
  requireText(text, t('errors:field.question'), LIMITS.statement);
/** A plan being made, where neither half is no plan at all: both halves, checked as `checkIfThen`. */
export function requireIfThen(plan: IfThenPlan): IfThenPlan {
  const checked = checkIfThen(plan);
  if (!checked) throw new ValidationError(t('errors:ifThen'));
  return checked;
}
