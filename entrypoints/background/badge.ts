/**
 * The toolbar badge: today's open count, or "!" while a review is waiting (lib/domain/badge). The
 * worker is its one writer; a page that sees these facts change sends `refresh-badge`
 * (lib/domain/worker-messages) and the worker draws it from the stores.
 */
import type { Browser } from 'wxt/browser';
import { localTimeZone } from '../../lib/platform/clock';
import { badgeFor, type Badge } from '../../lib/domain/badge';
import { dayKey } from '../../lib/domain/days';
import { openCount } from '../../lib/store/db/commitments';
import { readReviewContext, waitingReviewDays } from '../../lib/store/waiting-reviews';

/** The part of `browser.action` the badge needs, passed in so tests can hand in the fake browser's. */
export interface ActionApi {
  setBadgeText(details: Browser.action.BadgeTextDetails): Promise<void>;
  setBadgeBackgroundColor(details: Browser.action.BadgeColorDetails): Promise<void>;
  setTitle(details: Browser.action.TitleDetails): Promise<void>;
}

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
  await action.setBadgeBackgroundColor({ color: badge.colour });
  await action.setBadgeText({ text: badge.text });
  await action.setTitle({ title: badge.title });
  return badge;
}
