/** The periods insights can show: whole ISO weeks ending with the current one, from the first day counted. */
import { labelled, t } from '../../i18n';
import { addDays, isoWeekStart, type DayKey } from '../days';

/** The periods, each named in the language in force when its label is read. */
export const PERIODS = [
  labelled({ id: '4w', weeks: 4 }, () => t('insights:periods.fourWeeks')),
  labelled({ id: 'quarter', weeks: 13 }, () => t('insights:periods.quarter')),
  labelled({ id: 'year', weeks: 52 }, () => t('insights:periods.year')),
  labelled({ id: 'all', weeks: null }, () => t('insights:periods.all')),
] as const;

export type PeriodId = (typeof PERIODS)[number]['id'];

export function isPeriodId(value: string): value is PeriodId {
  return PERIODS.some((p) => p.id === value);
}

/**
 * The first day Insights counts: the day Flourish was installed, or the first day with data when
 * that is earlier (history restored from a backup is real history) or the install day is unknown
 * (prompt state from before it was recorded). Never after today; today when neither is known.
 * Days before it are not shown or counted: a workday before Flourish was there is not a missed review.
 */
export function firstCountedDay(
  installDay: DayKey | null,
  firstDataDay: DayKey | null,
  today: DayKey,
): DayKey {
  const known = [installDay, firstDataDay, today].filter((day): day is DayKey => day !== null);
  return known.reduce((earliest, day) => (day < earliest ? day : earliest));
}

/** The Monday a period of whole weeks starts on, ending with this week; null for "All time". */
export function periodStart(period: PeriodId, today: DayKey): DayKey | null {
  const weeks = PERIODS.find((p) => p.id === period)!.weeks;
  return weeks === null ? null : addDays(isoWeekStart(today), -7 * (weeks - 1));
}

/**
 * The days a period covers: from its Monday, or from the first counted day when that is later, to
 * today. "All time" starts at the first counted day.
 */
export function periodRange(period: PeriodId, today: DayKey, firstDay: DayKey): { from: DayKey; to: DayKey } {
  const start = periodStart(period, today) ?? firstDay;
  return { from: start > firstDay ? start : firstDay, to: today };
}
