import { formatDayShort } from '../../../lib/domain/format';
import {
  CALENDAR_LEVELS,
  calendarLevel,
  type CalendarDay,
  type CalendarView,
} from '../../../lib/domain/insights/calendar';

function describe(day: CalendarDay): string {
  const reviewed =
    day.review === 'written' ? 'reviewed' : day.review === 'skipped' ? 'review skipped' : 'not reviewed';
  const counts = [
    day.total > 0 && `${day.done} of ${day.total} done`,
    day.open > 0 && `${day.open} still open`,
  ];
  const share = counts.filter(Boolean).join(', ') || 'no commitments';
  return `${formatDayShort(day.day)}: ${share}, ${reviewed}`;
}

/** A calendar of days, weeks as columns: shade for the share done, a dot for a written review. */
export function CalendarGrid({ view }: { view: CalendarView }) {
  if (view.days.length === 0) return null;
  return (
    <figure className="calendar" aria-labelledby="calendar-title">
      <h3 id="calendar-title">Days reviewed, and how much got done</h3>
      <p className="chart-summary">
        {view.reviewed} of {view.due} {view.unit}
        {view.due === 1 ? '' : 's'} reviewed
        {view.truncated && ' (the calendar shows the last 12 months)'}. Darker means more done; a dot marks a
        written review.
      </p>
      <div className="calendar-grid" role="list" aria-label="Days">
        {view.lead.map((day) => (
          <span
            key={`pad-${day}`}
            className="calendar-cell pad"
            aria-hidden="true"
            title={formatDayShort(day)}
          />
        ))}
        {view.days.map((day) => (
          <span
            key={day.day}
            role="listitem"
            className={`calendar-cell level-${calendarLevel(day)}${day.workday ? '' : ' rest-day'}${
              day.review === 'written' ? ' reviewed' : ''
            }`}
            title={describe(day)}
            aria-label={describe(day)}
          />
        ))}
      </div>
      <p className="calendar-legend" aria-hidden="true">
        {CALENDAR_LEVELS.map(({ level, label }) => (
          <span key={level} className="legend-item">
            <span className={`calendar-cell level-${level}`} /> {label}
          </span>
        ))}
        <span className="legend-item">
          <span className="calendar-cell level-0 reviewed" /> reviewed
        </span>
      </p>
    </figure>
  );
}
