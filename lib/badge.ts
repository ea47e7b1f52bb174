/**
 * The toolbar badge: today's open commitments, empty at zero. The text is a pure function;
 * `refreshBadge` reads the database and writes it through the action API it is given.
 */
import type { Browser } from 'wxt/browser';
import { today } from './clock';
import { openCount } from './db/commitments';
import type { DayKey } from './days';

export const BADGE_COLOUR = '#2b6a58';

/** Badge text for a number of open commitments: empty at zero, "9+" past nine. */
export function badgeText(open: number): string {
  if (open <= 0) return '';
  return open > 9 ? '9+' : String(open);
}

/** The part of `browser.action` the badge needs, passed in so tests can hand in the fake browser's. */
export interface ActionApi {
  setBadgeText(details: Browser.action.BadgeTextDetails): Promise<void>;
  setBadgeBackgroundColor(details: Browser.action.BadgeColorDetails): Promise<void>;
}

/** Sets the badge from the database for `day` (today by default). */
export async function refreshBadge(action: ActionApi, day: DayKey = today()): Promise<string> {
  const text = badgeText(await openCount(day));
  await action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  await action.setBadgeText({ text });
  return text;
}
