/** Plain words for a failed write, whatever threw. */
import { ValidationError } from './validation';

function isQuotaError(error: unknown): boolean {
  const names = [(error as Error | null)?.name, (error as { inner?: Error } | null)?.inner?.name];
  return names.includes('QuotaExceededError');
}

/** The message to show the user when `action` failed. */
export function describeError(error: unknown, action = 'This could not be saved.'): string {
  if (error instanceof ValidationError) return error.message;
  if (isQuotaError(error)) {
    return `${action} Your device is out of storage space; nothing was changed. Free some space, or remove pictures from your vision board, and try again.`;
  }
  return `${action} Nothing was changed; try again.`;
}
