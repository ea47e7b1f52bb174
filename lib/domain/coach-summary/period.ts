import { t } from '../../i18n';
import { isDayKey, type DayKey } from '../days';

/**
 * The earliest day a summary may start. Typing a year digit by digit passes through years such as
 * 0002 and 0202: real dates, but no period anyone means, and each would read all of history.
 */
export const EARLIEST_SUMMARY_DAY: DayKey = '2000-01-01';

/** What is wrong with the period typed into the summary's date fields, in plain words; '' when nothing. */
export function periodProblem(from: string, to: string): string {
  if (!isDayKey(from) || !isDayKey(to)) return t('summary:period.bothDates');
  if (from < EARLIEST_SUMMARY_DAY || to < EARLIEST_SUMMARY_DAY) return t('summary:period.tooEarly');
  if (from > to) return t('summary:period.startAfterEnd');
  return '';
}
