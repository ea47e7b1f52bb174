/** Writes a badge (lib/domain/badge) through the action API it is given. */
import type { Browser } from 'wxt/browser';
import type { Badge } from '../domain/badge';

/** The part of `browser.action` the badge needs, passed in so tests can hand in the fake browser's. */
export interface ActionApi {
  setBadgeText(details: Browser.action.BadgeTextDetails): Promise<void>;
  setBadgeBackgroundColor(details: Browser.action.BadgeColorDetails): Promise<void>;
  setTitle(details: Browser.action.TitleDetails): Promise<void>;
}

/** Writes a badge. */
export async function applyBadge(action: ActionApi, badge: Badge): Promise<void> {
  await action.setBadgeBackgroundColor({ color: badge.colour });
  await action.setBadgeText({ text: badge.text });
  await action.setTitle({ title: badge.title });
}
