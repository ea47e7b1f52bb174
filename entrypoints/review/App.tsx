import { useEffect } from 'react';
import { DailyReview } from '../../components/review/DailyReview';
import { WeeklyReview } from '../../components/review/WeeklyReview';
import { usePendingReviews } from '../../components/use-pending-reviews';
import { useToday } from '../../components/use-today';
import { addDays, isDayKey, isoWeekKey } from '../../lib/domain/days';
import { formatDayShort } from '../../lib/domain/format';

/** Which review the URL asks for: `?week=2026-W48`, `?day=2026-11-24`, or the waiting one. */
function requested(): { week?: string; day?: string } {
  const params = new URLSearchParams(window.location.search);
  return { week: params.get('week') ?? undefined, day: params.get('day') ?? undefined };
}

export default function App() {
  const today = useToday();
  const pending = usePendingReviews();
  const { week, day: asked } = requested();

  useEffect(() => {
    document.title = week ? 'Weekly review · Flourish' : 'Daily review · Flourish';
  }, [week]);

  if (week) {
    return (
      <main className="review-page">
        <ReviewHeader />
        <WeeklyReview week={week} />
      </main>
    );
  }
  if (asked !== undefined && !isDayKey(asked)) {
    return (
      <main className="review-page">
        <ReviewHeader />
        <h1>That day does not exist</h1>
        <p className="error" role="alert">
          “{asked}” is not a date. <a href="review.html">Open the review that is waiting</a>.
        </p>
      </main>
    );
  }
  if (!asked && pending === undefined) return null;
  // A review belongs to its day even when written after midnight: the waiting day comes first.
  const day = asked ?? pending?.[0] ?? today;
  const previous = addDays(day, -1);
  const next = addDays(day, 1);

  return (
    <main className="review-page">
      <ReviewHeader />
      <nav className="day-nav" aria-label="Other days">
        <a href={`review.html?day=${previous}`}>← {formatDayShort(previous)}</a>
        <a href={`review.html?week=${isoWeekKey(day)}`}>This week</a>
        {next <= today && <a href={`review.html?day=${next}`}>{formatDayShort(next)} →</a>}
      </nav>
      <DailyReview key={day} day={day} isToday={day === today} weeklyHref={(w) => `review.html?week=${w}`} />
    </main>
  );
}

function ReviewHeader() {
  return (
    <header className="review-header">
      <a href="newtab.html" className="brand">
        Flourish
      </a>
    </header>
  );
}
