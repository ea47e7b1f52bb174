/** The calendar of days: for each day of the period, whether it was reviewed and the share done. */
import { labelled, t } from '../../i18n';
import type { Commitment, DailyReview } from '../types';
import { dayRange, isoWeekStart, type DayKey } from '../days';
import { isDayOff } from '../days-off';
import { hasWorkdays, isWorkday, type WorkdayRule } from '../workdays';
import { completionContext, dailyCompletion, type Completion } from './completion';

export interface CalendarDay extends Completion {
  day: DayKey;
  /** A day whose review is asked for: a workday, or any day but a day off when no workday is set. */
  workday: boolean;
  /** A day the leader marked as off: shown as such, never as a missed day. */
  off: boolean;
  review: 'written' | 'skipped' | null;
}

export function calendarDays(
  commitments: readonly Commitment[],
  reviews: readonly DailyReview[],
  from: DayKey,
  to: DayKey,
  settings: WorkdayRule,
  today: DayKey,
): CalendarDay[] {
  const byDay = dailyCompletion(commitments, completionContext(reviews, today));
  const reviewed = new Map(
    reviews
      .filter((r) => r.completedAt !== undefined)
      .map((r) => [r.day, r.skipped ? 'skipped' : 'written'] as const),
  );
  const anyWorkday = hasWorkdays(settings);
  return dayRange(from, to).map((day) => {
    const off = isDayOff(day, settings.daysOff ?? []);
    return {
      day,
      workday: !off && (!anyWorkday || isWorkday(day, settings)),
      off,
      review: reviewed.get(day) ?? null,
      ...(byDay.get(day) ?? { done: 0, total: 0, rate: null, open: 0 }),
    };
  });
}

/** The calendar shows at most a year: longer periods are summarised by the weekly charts. */
export const CALENDAR_MAX_DAYS = 53 * 7;

/**
 * The shades of a day, in legend order. "None done" has a shade of its own: a day where nothing
 * got done must not read as a day where some did.
 */
export const CALENDAR_LEVELS = [
  labelled({ level: 0 }, () => t('insights:calendar.levels.none')),
  labelled({ level: 1 }, () => t('insights:calendar.levels.noneDone')),
  labelled({ level: 2 }, () => t('insights:calendar.levels.underHalf')),
  labelled({ level: 3 }, () => t('insights:calendar.levels.halfOrMore')),
  labelled({ level: 4 }, () => t('insights:calendar.levels.all')),
] as const;

export type CalendarLevel = (typeof CALENDAR_LEVELS)[number]['level'];

/** The shade of a day from its share done (a day with only open commitments has nothing to show yet). */
export function calendarLevel(day: Pick<Completion, 'rate'>): CalendarLevel {
  if (day.rate === null) return 0;
  if (day.rate === 0) return 1;
  if (day.rate < 0.5) return 2;
  if (day.rate < 1) return 3;
  return 4;
}

export interface CalendarView {
  /** The days drawn: the last `CALENDAR_MAX_DAYS` of the period. */
  days: CalendarDay[];
  /** The days of the first week before the first one drawn, as empty cells, so rows are weekdays. */
  lead: DayKey[];
  /** Whether the period had more days than are drawn. */
  truncated: boolean;
  /** Days drawn with a written review, counted among `due` only. */
  reviewed: number;
  /** Days drawn whose review was due: past ones, and today once written. */
  due: number;
  /** What `due` counts: workdays, or every day when no workday is set. */
  unit: 'workday' | 'day';
}

/**
 * What the calendar draws and its count of reviews. Reviewed and due days are counted alike (a
 * review written on a rest day counts as neither), and today is due only once its review is
 * written, as the streak has it, so an evening not yet reached does not read as a miss.
 */
export function calendarView(
  days: readonly CalendarDay[],
  today: DayKey,
  settings: WorkdayRule,
): CalendarView {
  const shown = days.slice(-CALENDAR_MAX_DAYS);
  const anyWorkday = hasWorkdays(settings);
  const counted = shown.filter(
    (d) => d.workday && (d.day < today || (d.day === today && d.review === 'written')),
  );
  const first = shown[0]?.day;
  return {
    days: shown,
    lead: first ? dayRange(isoWeekStart(first), first).slice(0, -1) : [],
    truncated: days.length > shown.length,
    reviewed: counted.filter((d) => d.review === 'written').length,
    due: counted.length,
    unit: anyWorkday ? 'workday' : 'day',
  };
}
