/** How the session prep words its figures. */
import { weekKeyStart, addDays, type WeekKey } from '../../../lib/domain/days';
import { formatDayRange } from '../../../lib/domain/format';
import { intlLocale } from '../../../lib/i18n';

/** A goal rating as the weekly zoom-out asks it: −2 … +2, signed. */
export function signedRating(rating: number): string {
  if (rating > 0) return `+${rating}`;
  return rating < 0 ? `−${-rating}` : '0';
}

/** "Nov 30 – Dec 6" for an ISO week. */
export function weekRange(week: WeekKey): string {
  const monday = weekKeyStart(week);
  return monday ? formatDayRange(monday, addDays(monday, 6)) : week;
}

/** An average of a 1–5 scale, to one decimal in the leader's locale ("3.5", "3,5"); "–" for none. */
export const oneDecimal = (value: number | null) =>
  value === null
    ? '–'
    : new Intl.NumberFormat(intlLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        value,
      );
