import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DailyReview } from '../../components/review/DailyReview';
import { WeeklyReview } from '../../components/review/WeeklyReview';
import { usePendingReviews } from '../../components/use-pending-reviews';
import { useToday } from '../../components/use-today';
import { addDays, isDayKey, isoWeekKey } from '../../lib/domain/days';
import { formatDayShort } from '../../lib/domain/format';
import { i18n } from '../../lib/i18n';

/** The product's name, the same in every language. */
const PRODUCT_NAME = 'Flourish';

/** Which review the URL asks for: `?week=2026-W48`, `?day=2026-11-24`, or the waiting one. */
function requested(): { week?: string; day?: string } {
  const params = new URLSearchParams(window.location.search);
  return { week: params.get('week') ?? undefined, day: params.get('day') ?? undefined };
}

export default function App() {
  const today = useToday();
  const { t } = useTranslation('review', { i18n });
  const pending = usePendingReviews();
  const { week, day: asked } = requested();

  useEffect(() => {
    document.title = week ? t('page.titleWeekly') : t('page.titleDaily');
  }, [week, t]);

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
        <h1>{t('page.noSuchDay')}</h1>
        <p className="error" role="alert">
          {t('page.notADate', { day: asked })} <a href="review.html">{t('page.openWaiting')}</a>.
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
      <nav className="day-nav" aria-label={t('page.otherDays')}>
        <a href={`review.html?day=${previous}`}>← {formatDayShort(previous)}</a>
        <a href={`review.html?week=${isoWeekKey(day)}`}>{t('page.thisWeek')}</a>
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
        {PRODUCT_NAME}
      </a>
    </header>
  );
}
