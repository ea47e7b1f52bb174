import { useLiveQuery } from 'dexie-react-hooks';
import { localTimeZone } from '../lib/platform/clock';
import { reviewContext, waitingReviewDays } from '../lib/store/waiting-reviews';
import { usePromptState, useSettings } from './use-storage-items';
import { useNow } from './use-today';

/** Days whose daily review is waiting (lib/store/waiting-reviews), newest first; undefined while loading. */
export function usePendingReviews(): string[] | undefined {
  const now = useNow();
  const timeZone = localTimeZone();
  const settings = useSettings();
  const state = usePromptState();
  return useLiveQuery(
    () => (settings && state ? waitingReviewDays(reviewContext(settings, state, timeZone, now)) : undefined),
    [settings, state, timeZone, now],
  );
}
