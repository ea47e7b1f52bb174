/**
 * The toolbar badge: today's open commitments (empty at zero), or "!" in amber while a daily
 * review is waiting. A pure function of those two facts.
 */
import { t } from '../i18n';

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
  if (reviewDue) return { text: '!', colour: REVIEW_DUE_COLOUR, title: t('domain:badge.reviewWaiting') };
  const title = open === 0 ? t('domain:badge.none') : t('domain:badge.open', { count: open });
  return { text: badgeText(open), colour: BADGE_COLOUR, title };
}
