import { useLiveQuery } from 'dexie-react-hooks';
import { localTimeZone } from '../lib/platform/clock';
import { addDays, dayKey } from '../lib/domain/days';
import { finishedReviewDays } from '../lib/store/db/reviews';
import { PENDING_WINDOW_DAYS, pendingReviewDays } from '../lib/domain/waiting-reviews';
import { usePromptState, useSettings } from './use-storage-items';
import { useNow } from './use-today';

/** Days whose daily review is waiting, newest first; undefined while loading. */
export function usePendingReviews(): string[] | undefined {
  const now = useNow();
  const timeZone = localTimeZone();
  const today = dayKey(now, timeZone);
  const settings = useSettings();
  const state = usePromptState();
  const reviewed = useLiveQuery(() => finishedReviewDays(addDays(today, -PENDING_WINDOW_DAYS)), [today]);
  if (!settings || !state || !reviewed) return undefined;
  return pendingReviewDays({
    settings,
    timeZone,
    now,
    reviewedDays: reviewed,
    firstDay: state.firstDay,
    promptedThrough: state.shown['daily-review'],
  });
}
