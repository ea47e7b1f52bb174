/** How the session prep words its figures. */
import { weekKeyStart, addDays, type WeekKey } from '../../../lib/domain/days';
import { formatDayRange, type NounForms } from '../../../lib/domain/format';

export const NOUNS = {
  commitment: { one: 'commitment', other: 'commitments' },
  day: { one: 'day', other: 'days' },
  time: { one: 'time', other: 'times' },
} satisfies Record<string, NounForms>;

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

/** An average of a 1–5 scale, to one decimal; "–" for none. */
export const oneDecimal = (value: number | null) => (value === null ? '–' : value.toFixed(1));
