import { useTranslation } from 'react-i18next';
import { addDays, type DayKey } from '../../../lib/domain/days';
import {
  formatDayRange,
  formatDayShort,
  formatMonthShort,
  formatWeekday,
  formatWeekdayShort,
} from '../../../lib/domain/format';
import { t } from '../../../lib/i18n';
import {
  CALENDAR_LEVELS,
  calendarLevel,
  type CalendarDay,
  type CalendarView,
} from '../../../lib/domain/insights/calendar';
import { listOf } from './labels';
import './calendar.css';

/** Beyond this many weeks the cells are drawn smaller, so a year fits beside the weekday names. */
const DENSE_WEEKS = 26;
/** Weeks a month's name needs to itself, so two names never overlap. */
const MONTH_LABEL_GAP = 3;

/** "Tue 1 Dec: reviewed, 3 of 4 done": what a cell shows, in words. */
export function describeDay(day: CalendarDay, today: DayKey): string {
  const review =
    day.review === 'written'
      ? t('insights:calendar.day.reviewed')
      : day.review === 'skipped'
        ? t('insights:calendar.day.skipped')
        : day.off
          ? t('insights:calendar.day.dayOff')
          : !day.workday
            ? t('insights:calendar.day.restDay')
            : day.day === today
              ? t('insights:calendar.day.notYet')
              : t('insights:calendar.day.notReviewed');
  const counts = [
    day.total > 0 && t('insights:calendar.day.done', { count: day.done, total: day.total }),
    day.open > 0 && t('insights:calendar.day.open', { count: day.open }),
  ].filter((count): count is string => Boolean(count));
  return t('insights:calendar.day.line', {
    day: formatDayShort(day.day),
    review,
    counts: counts.length > 0 ? listOf(counts) : t('insights:calendar.day.none'),
  });
}

/** "12 of 20 workdays reviewed.": how many of the days due were reviewed. */
function reviewedLine(view: CalendarView): string {
  const words = { reviewed: view.reviewed, count: view.due };
  if (view.unit === 'workday') {
    return view.truncated
      ? t('insights:calendar.reviewedWorkdaysTruncated', words)
      : t('insights:calendar.reviewedWorkdays', words);
  }
  return view.truncated
    ? t('insights:calendar.reviewedDaysTruncated', words)
    : t('insights:calendar.reviewedDays', words);
}

/** The weeks drawn, Monday first: each a Monday and its seven days (null where none is drawn). */
function weeksOf(view: CalendarView): { monday: DayKey; days: (CalendarDay | null)[] }[] {
  const cells = [...view.lead.map(() => null), ...view.days];
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) {
    const days = Array.from({ length: 7 }, (_, k) => cells[i + k] ?? null);
    weeks.push({ monday: addDays(view.lead[0] ?? view.days[0]!.day, i), days });
  }
  return weeks;
}

/**
 * The month names over the weeks: over each week in which a month begins, and over the first week
 * (the month of its first day drawn) unless a month begins too soon after it for both to fit.
 */
function monthLabels(mondays: DayKey[], firstDay: DayKey): (string | null)[] {
  const begins = mondays.map((monday) => addDays(monday, 6).slice(5, 7) !== addDays(monday, -1).slice(5, 7));
  const firstBegin = begins.indexOf(true, 1);
  return mondays.map((monday, i) => {
    if (i === 0)
      return firstBegin === -1 || firstBegin >= MONTH_LABEL_GAP ? formatMonthShort(firstDay) : null;
    return begins[i] ? formatMonthShort(addDays(monday, 6)) : null;
  });
}

/**
 * The month row's cells: each month's name spans the weeks up to the next name, so a name never
 * runs out of its own cell (the weeks before the first name share one empty cell).
 */
function monthSpans(labels: (string | null)[]): { start: number; weeks: number; label: string | null }[] {
  const starts = labels.flatMap((label, i) => (label || i === 0 ? [i] : []));
  return starts.map((start, k) => ({
    start,
    weeks: (starts[k + 1] ?? labels.length) - start,
    label: labels[start] ?? null,
  }));
}

/** A calendar of days, weeks as columns and weekdays as rows: shade for the share done, a dot for a written review. */
export function CalendarGrid({ view, today }: { view: CalendarView; today: DayKey }) {
  const { t } = useTranslation('insights');
  if (view.days.length === 0) return null;
  const weeks = weeksOf(view);
  const months = monthLabels(
    weeks.map((w) => w.monday),
    view.days[0]!.day,
  );
  const dense = weeks.length > DENSE_WEEKS;
  return (
    <figure className="card calendar" aria-labelledby="calendar-title">
      <h3 id="calendar-title">{t('calendar.title')}</h3>
      <p className="hint">{reviewedLine(view)}</p>
      <div
        className="calendar-scroll"
        {...(dense && { tabIndex: 0, role: 'region', 'aria-label': t('calendar.region') })}
      >
        <table className={`calendar-table${dense ? ' dense' : ''}`}>
          <caption className="visually-hidden">{t('calendar.caption')}</caption>
          <thead>
            <tr className="calendar-months" aria-hidden="true">
              <td />
              {monthSpans(months).map((span) => (
                <td key={span.start} colSpan={span.weeks}>
                  {span.label && (
                    <span className={`calendar-month${span.start === weeks.length - 1 ? ' at-end' : ''}`}>
                      {span.label}
                    </span>
                  )}
                </td>
              ))}
            </tr>
            <tr className="calendar-weeks">
              <td />
              {weeks.map((week) => (
                <th key={week.monday} scope="col">
                  <span className="visually-hidden">
                    {formatDayRange(week.monday, addDays(week.monday, 6))}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: 7 }, (_, row) => (
              <tr key={row}>
                <th scope="row" className="calendar-weekday">
                  <span aria-hidden="true">{formatWeekdayShort(addDays(weeks[0]!.monday, row))}</span>
                  <span className="visually-hidden">{formatWeekday(addDays(weeks[0]!.monday, row))}</span>
                </th>
                {weeks.map((week) => {
                  const day = week.days[row];
                  if (!day) return <td key={week.monday} />;
                  const words = describeDay(day, today);
                  return (
                    <td key={week.monday} aria-current={day.day === today ? 'date' : undefined}>
                      <span
                        className={`calendar-cell level-${calendarLevel(day)}${day.workday ? '' : ' rest-day'}${day.off ? ' day-off' : ''}${
                          day.review === 'written' ? ' reviewed' : ''
                        }`}
                        title={words}
                      >
                        <span className="visually-hidden">{words}</span>
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="calendar-legend" aria-hidden="true">
        {CALENDAR_LEVELS.map(({ level, label }) => (
          <span key={level} className="legend-item">
            <span className={`calendar-cell level-${level}`} /> {label}
          </span>
        ))}
        <span className="legend-item">
          <span className="calendar-cell level-0 reviewed" /> {t('calendar.reviewWritten')}
        </span>
        <span className="legend-item">
          <span className="calendar-cell level-0 rest-day" /> {t('calendar.restDay')}
        </span>
        <span className="legend-item">
          <span className="calendar-cell level-0 rest-day day-off" /> {t('calendar.dayOff')}
        </span>
      </p>
    </figure>
  );
}
