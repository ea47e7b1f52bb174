import { addDays, isoWeekStart, weekday } from '../../../lib/days';
import { formatDayShort } from '../../../lib/format';
import type { CalendarDay } from '../../../lib/insights/calendar';

/** The calendar shows at most a year: longer periods are summarised by the weekly charts. */
const MAX_DAYS = 53 * 7;

function describe(day: CalendarDay): string {
  const reviewed =
    day.review === 'written' ? 'reviewed' : day.review === 'skipped' ? 'review skipped' : 'not reviewed';
  const share = day.total === 0 ? 'no commitments' : `${day.done} of ${day.total} done`;
  return `${formatDayShort(day.day)}: ${share}, ${reviewed}`;
}

/** The share-done shade of a day: five steps of one hue, so it reads without colour vision. */
function level(day: CalendarDay): number {
  if (day.rate === null) return 0;
  return 1 + Math.min(3, Math.floor(day.rate * 4));
}

/** A calendar of days, weeks as columns: shade for the share done, a dot for a written review. */
export function CalendarGrid({ days }: { days: CalendarDay[] }) {
  const shown = days.slice(-MAX_DAYS);
  if (shown.length === 0) return null;
  // Pad the first column so rows are weekdays, Monday at the top.
  const lead = (weekday(shown[0]!.day) + 6) % 7;
  const firstMonday = isoWeekStart(shown[0]!.day);
  const reviewed = shown.filter((d) => d.review === 'written').length;
  const workdays = shown.filter((d) => d.workday).length;

  return (
    <figure className="calendar" aria-labelledby="calendar-title">
      <h3 id="calendar-title">Days reviewed, and how much got done</h3>
      <p className="chart-summary">
        {reviewed} of {workdays} workdays reviewed
        {days.length > MAX_DAYS && ' (the calendar shows the last 12 months)'}. Darker means more done; a dot
        marks a written review.
      </p>
      <div className="calendar-grid" role="list" aria-label="Days">
        {Array.from({ length: lead }, (_, i) => (
          <span
            key={`pad-${i}`}
            className="calendar-cell pad"
            aria-hidden="true"
            title={formatDayShort(addDays(firstMonday, i))}
          />
        ))}
        {shown.map((day) => (
          <span
            key={day.day}
            role="listitem"
            className={`calendar-cell level-${level(day)}${day.workday ? '' : ' rest-day'}${
              day.review === 'written' ? ' reviewed' : ''
            }`}
            title={describe(day)}
            aria-label={describe(day)}
          />
        ))}
      </div>
      <p className="calendar-legend" aria-hidden="true">
        <span className="calendar-cell level-0" /> none <span className="calendar-cell level-1" /> some{' '}
        <span className="calendar-cell level-4" /> all done{' '}
        <span className="calendar-cell level-0 reviewed" /> reviewed
      </p>
    </figure>
  );
}
