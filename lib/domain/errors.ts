/** Plain words for a failed write, whatever threw. */
import { t } from '../i18n';
import { ValidationError } from './validation';

function isQuotaError(error: unknown): boolean {
  const names = [(error as Error | null)?.name, (error as { inner?: Error } | null)?.inner?.name];
  return names.includes('QuotaExceededError');
}

/**
 * The message to show the user when `action` failed: `action` is a whole sentence in the language
 * in force ("This could not be saved." when none is given), followed by what happened.
 */
export function describeError(error: unknown, action: string = t('errors:save.default')): string {
  if (error instanceof ValidationError) return error.message;
  if (isQuotaError(error)) return t('errors:save.noSpace', { action });
  return t('errors:save.failed', { action });
}
