/**
 * The words of the "review waiting" banner: recent days one by one, anything older as one
 * review-or-skip choice. components/ReviewDue draws them in the popup and the new tab, and the new
 * tab's snapshot carries them for its first paint, so both say the same in the language in force.
 */
import { t } from '../i18n';
import type { DayKey } from './days';
import { formatDayLong } from './format';
import type { ReviewDueWords } from './newtab-snapshot';
import { splitPending } from './waiting-reviews';

/** The banner for the `pending` reviews (newest first) on `today`; null when none is waiting. */
export function reviewDueWords(pending: readonly DayKey[], today: DayKey): ReviewDueWords | null {
  if (pending.length === 0) return null;
  const { recent, older } = splitPending(pending, today);
  const [newest, ...others] = recent;
  let heading: string;
  if (newest === undefined) heading = t('today:reviewDue.someNotReviewed');
  else if (newest === today) heading = t('today:reviewDue.todayWaiting');
  else heading = t('today:reviewDue.dayWaiting', { day: formatDayLong(newest) });
  const count = older.length;
  return {
    heading,
    first: newest
      ? { day: newest, prompt: t('today:reviewDue.prompt'), action: t('today:reviewDue.reviewNow') }
      : null,
    more:
      others.length > 0
        ? {
            label: t('today:reviewDue.alsoWaiting'),
            days: others.map((day) => ({ day, text: formatDayLong(day) })),
          }
        : null,
    older:
      count > 0
        ? {
            day: older[0]!,
            text: t('today:reviewDue.older', { count }),
            review: t('today:reviewDue.reviewThem'),
            skip: t('today:reviewDue.skip', { count }),
          }
        : null,
  };
}
