import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { DayKey } from '../../lib/domain/days';
import { i18n } from '../../lib/i18n';
import { getReview, starReview } from '../../lib/store/db/reviews';
import { ErrorAlert } from '../ErrorAlert';
import { useRunAndReport } from '../use-run-and-report';

/** A toggle that stars the day's review, so the session prep shows its reflection to bring to the coach. */
export function StarDay({ day }: { day: DayKey }) {
  const { t } = useTranslation('review', { i18n });
  const starred = useLiveQuery(async () => (await getReview(day))?.starred === true, [day]);
  const { run, error } = useRunAndReport();
  if (starred === undefined) return null;
  return (
    <div className="star-day">
      <button
        type="button"
        className="button star-day-button"
        aria-pressed={starred}
        onClick={() => void run(() => starReview(day, !starred), t('star.notSaved'))}
      >
        <span aria-hidden="true">{starred ? '★' : '☆'}</span> {t('star.bring')}
      </button>
      <ErrorAlert error={error} />
    </div>
  );
}
