/**
 * Length limits and the error a refusal throws, free of any words: modules the new tab's first
 * paint loads (lib/domain/days-off, zoom-out-week) need them, and that paint loads no translations.
 * The checks themselves, with their messages, are in lib/domain/validation.
 */
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
