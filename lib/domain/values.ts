/** The leader's values: the one rule for the list, used by the editor and by a restored backup. */
import { t } from '../i18n';
import { LIMITS, ValidationError, requireText } from './validation';

/** How many values a profile holds: few enough to remember. */
export const MAX_VALUES = 7;

/** Checks an ordered list of values: each non-empty, short, unique, and no more than seven. */
export function validateValues(values: readonly string[]): string[] {
  const cleaned = values.map((value) => requireText(value, t('errors:field.value'), LIMITS.title));
  if (cleaned.length > MAX_VALUES) throw new ValidationError(t('errors:values.tooMany', { max: MAX_VALUES }));
  const seen = new Set<string>();
  for (const value of cleaned) {
    const key = value.toLocaleLowerCase();
    if (seen.has(key)) throw new ValidationError(t('errors:values.twice', { value }));
    seen.add(key);
  }
  return cleaned;
}
