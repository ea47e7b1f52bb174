/** The worker's badge: today's open count and waiting reviews, read from the stores, then written. */
import { localTimeZone } from '../../lib/platform/clock';
import { badgeFor, type Badge } from '../../lib/domain/badge';
import { applyBadge, type ActionApi } from '../../lib/platform/badge';
import { addDays, dayKey } from '../../lib/domain/days';
import { openCount } from '../../lib/store/db/commitments';
import { finishedReviewDays } from '../../lib/store/db/reviews';
import { pendingReviewDays, PENDING_WINDOW_DAYS } from '../../lib/domain/waiting-reviews';
import { getSettings, readPromptState } from '../../lib/store/storage-items';

/** Reads today's open count and waiting reviews and returns the badge they call for. */
export async function loadBadge(
  now: number = Date.now(),
  timeZone: string = localTimeZone(),
): Promise<Badge> {
  const today = dayKey(now, timeZone);
  const [settings, state, reviewed, open] = await Promise.all([
    getSettings(),
    readPromptState(),
    finishedReviewDays(addDays(today, -PENDING_WINDOW_DAYS)),
    openCount(today),
  ]);
  const pending = pendingReviewDays({
    settings,
    timeZone,
    now,
    reviewedDays: reviewed,
    firstDay: state.firstDay,
    promptedThrough: state.shown['daily-review'],
  });
  return badgeFor(open, pending.length > 0);
}

/** Sets the badge from the database and settings. */
export async function refreshBadge(
  action: ActionApi,
  now: number = Date.now(),
  timeZone: string = localTimeZone(),
): Promise<Badge> {
  const badge = await loadBadge(now, timeZone);
  await applyBadge(action, badge);
  return badge;
}
