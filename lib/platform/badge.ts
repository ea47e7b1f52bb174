/**
 * The toolbar badge: today's open commitments (empty at zero), or "!" in amber while a daily
 * review is waiting. The badge is a pure function of two facts; `refreshBadge` reads them and
 * writes the badge through the action API it is given.
 */
import type { Browser } from 'wxt/browser';
import { localTimeZone } from './clock';
import { addDays, dayKey } from '../domain/days';
import { openCount } from '../store/db/commitments';
import { finishedReviewDays } from '../store/db/reviews';
import { pendingReviewDays, PENDING_WINDOW_DAYS } from '../domain/waiting-reviews';
import { readPromptState } from '../store/prompt-state-view';
import { getSettings } from '../store/settings';

export const BADGE_COLOUR = '#2b6a58';
export const REVIEW_DUE_COLOUR = '#a34f00';

export interface Badge {
  text: string;
  colour: string;
  /** The toolbar button's tooltip, which is also what screen readers announce. */
  title: string;
}

/** Badge text for a number of open commitments: empty at zero, "9+" past nine. */
export function badgeText(open: number): string {
  if (open <= 0) return '';
  return open > 9 ? '9+' : String(open);
}

/** The badge for today's open commitments and whether a review is waiting. */
export function badgeFor(open: number, reviewDue: boolean): Badge {
  if (reviewDue)
    return { text: '!', colour: REVIEW_DUE_COLOUR, title: 'Flourish: your end-of-day review is waiting' };
  const title =
    open === 0
      ? 'Flourish: today’s commitments'
      : `Flourish: ${open} open commitment${open === 1 ? '' : 's'} today`;
  return { text: badgeText(open), colour: BADGE_COLOUR, title };
}

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
