import { useLiveQuery } from 'dexie-react-hooks';
import { localTimeZone } from '../lib/platform/clock';
import { addDays, dayKey } from '../lib/domain/days';
import { finishedReviewDays } from '../lib/store/db/reviews';
import { PENDING_WINDOW_DAYS, pendingReviewDays } from '../lib/domain/waiting-reviews';
import { promptStateView } from '../lib/store/prompt-state-view';
import { DEFAULT_SETTINGS, settingsItem } from '../lib/store/settings';
import { useStorageItem } from './use-storage-item';
import { useNow } from './use-today';

/** Days whose daily review is waiting, newest first; undefined while loading. */
export function usePendingReviews(): string[] | undefined {
  const now = useNow();
  const timeZone = localTimeZone();
  const today = dayKey(now, timeZone);
  const settings = useStorageItem(settingsItem);
  const state = useStorageItem(promptStateView);
  const reviewed = useLiveQuery(() => finishedReviewDays(addDays(today, -PENDING_WINDOW_DAYS)), [today]);
  if (!settings || !state || !reviewed) return undefined;
  return pendingReviewDays({
    settings: { ...DEFAULT_SETTINGS, ...settings },
    timeZone,
    now,
    reviewedDays: reviewed,
    firstDay: state.firstDay ?? null,
    promptedThrough: state.shown?.['daily-review'],
  });
}
