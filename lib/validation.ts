/** Length limits and the checks every write function applies before touching the database. */

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
