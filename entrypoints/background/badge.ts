/** The worker's badge: today's open count and waiting reviews, read from the stores, then written. */
import { localTimeZone } from '../../lib/platform/clock';
import { badgeFor, type Badge } from '../../lib/domain/badge';
import { applyBadge, type ActionApi } from '../../lib/platform/badge';
import { dayKey } from '../../lib/domain/days';
import { openCount } from '../../lib/store/db/commitments';
import { readReviewContext, waitingReviewDays } from '../../lib/store/waiting-reviews';

/** Reads today's open count and waiting reviews and returns the badge they call for. */
export async function loadBadge(
  now: number = Date.now(),
  timeZone: string = localTimeZone(),
): Promise<Badge> {
  const [open, waiting] = await Promise.all([
    openCount(dayKey(now, timeZone)),
    readReviewContext(now, timeZone).then(waitingReviewDays),
  ]);
  return badgeFor(open, waiting.length > 0);
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
