import { useCallback, useMemo, useState } from 'react';
import { describeError } from '../lib/domain/errors';

/** An error for an alert, and the way actions report into it. */
export interface ErrorReport {
  /** The message to show; '' when all is well. */
  error: string;
  /**
   * Runs `action`. On success the message clears and it resolves true; on failure the message says
   * what went wrong (describeError, with `failure` as the words for a failure that has none of its
   * own) and it resolves false.
   */
  run: (action: () => Promise<unknown>, failure?: string) => Promise<boolean>;
  /** Clears the message, as the user starts to put it right. */
  clear: () => void;
}

/** Try an action, show what went wrong in an alert, clear it once an action succeeds. */
export function useRunAndReport(): ErrorReport {
  const [error, setError] = useState('');
  const run = useCallback(async (action: () => Promise<unknown>, failure?: string) => {
    try {
      await action();
      setError('');
      return true;
    } catch (problem) {
      setError(describeError(problem, failure));
      return false;
    }
  }, []);
  const clear = useCallback(() => setError(''), []);
  return useMemo(() => ({ error, run, clear }), [error, run, clear]);
}
