import { useLiveQuery } from 'dexie-react-hooks';
import type { DayKey } from '../../lib/domain/days';
import { getReview, starReview } from '../../lib/store/db/reviews';
import { ErrorAlert } from '../ErrorAlert';
import { useRunAndReport } from '../use-run-and-report';

/** A toggle that stars the day's review, so the session prep shows its reflection to bring to the coach. */
export function StarDay({ day }: { day: DayKey }) {
  const starred = useLiveQuery(async () => (await getReview(day))?.starred === true, [day]);
  const { run, error } = useRunAndReport();
  if (starred === undefined) return null;
  return (
    <div className="star-day">
      <button
        type="button"
        className="button star-day-button"
        aria-pressed={starred}
        onClick={() => void run(() => starReview(day, !starred), 'The star could not be saved.')}
      >
        <span aria-hidden="true">{starred ? '★' : '☆'}</span> Bring this day to my coach
      </button>
      <ErrorAlert error={error} />
    </div>
  );
}
