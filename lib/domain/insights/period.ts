/** The periods insights can show: whole ISO weeks ending with the current one. */
import { addDays, isoWeekStart, type DayKey } from '../days';

export const PERIODS = [
  { id: '4w', label: 'Last 4 weeks', weeks: 4 },
  { id: 'quarter', label: 'Last quarter (13 weeks)', weeks: 13 },
  { id: 'year', label: 'Last year (52 weeks)', weeks: 52 },
  { id: 'all', label: 'All time', weeks: null },
] as const;

export type PeriodId = (typeof PERIODS)[number]['id'];

export function isPeriodId(value: string): value is PeriodId {
  return PERIODS.some((p) => p.id === value);
}

/**
 * The days a period covers, from a Monday to today. "All time" starts at the week of the first
 * day with data (or this week when there is none).
 */
export function periodRange(
  period: PeriodId,
  today: DayKey,
  firstDataDay: DayKey | null,
): { from: DayKey; to: DayKey } {
  const thisMonday = isoWeekStart(today);
  const weeks = PERIODS.find((p) => p.id === period)!.weeks;
  if (weeks === null)
    return { from: isoWeekStart(firstDataDay && firstDataDay < today ? firstDataDay : today), to: today };
  return { from: addDays(thisMonday, -7 * (weeks - 1)), to: today };
}
