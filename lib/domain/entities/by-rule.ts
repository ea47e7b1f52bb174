/** Turns one of the editors' rules into a step of a zod schema, so a backup is checked by the same rule. */
import { z } from 'zod';
import { ValidationError } from '../validation';

/** Marks an issue that carries an editor's own sentence (lib/domain/backup/describe.ts words it). */
export const RULE_ISSUE = 'editor-rule';

/**
 * A zod step that applies one of the editors' rules: a refusal (ValidationError) becomes the
 * issue, with the editor's message; what the rule returns (trimmed, sorted) is what is restored.
 */
export function byRule<T, U>(check: (value: T) => U) {
  return (value: T, context: z.RefinementCtx): U => {
    try {
      return check(value);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      context.addIssue({
        code: z.ZodIssueCode.custom,
        message: error.message,
        params: { [RULE_ISSUE]: true },
      });
      return z.NEVER;
    }
  };
}
