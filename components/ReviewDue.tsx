import { skipReviews } from '../lib/store/db/reviews';
import { formatDayLong } from '../lib/domain/format';
import { splitPending } from '../lib/domain/waiting-reviews';
import { ErrorAlert } from './ErrorAlert';
import { tellWorkerReviewed } from './tell-worker';
import { useRunAndReport } from './use-run-and-report';
import './review-due.css';

interface ReviewDueProps {
  pending: readonly string[];
  today: string;
  /** Opens the review of a day (the popup switches view; the new tab links to the review page). */
  open: (day: string) => { href: string } | { onClick: () => void };
}

/** "Your review of today is waiting": recent days one by one, anything older as one review-or-skip choice. */
export function ReviewDue({ pending, today, open }: ReviewDueProps) {
  const { error, run } = useRunAndReport();
  if (pending.length === 0) return null;
  const { recent, older } = splitPending(pending, today);
  const name = (day: string) => (day === today ? 'today' : formatDayLong(day));

  async function skipOlder() {
    await run(async () => {
      await skipReviews(older);
      tellWorkerReviewed();
    }, 'Those days could not be skipped.');
  }

  const action = (day: string, label: string, primary: boolean) => {
    const target = open(day);
    const className = `button${primary ? ' primary' : ''}`;
    return 'href' in target ? (
      <a className={className} href={target.href}>
        {label}
      </a>
    ) : (
      <button type="button" className={className} onClick={target.onClick}>
        {label}
      </button>
    );
  };

  return (
    <section className="banner review-due" aria-labelledby="review-due-heading">
      <h2 id="review-due-heading">
        {recent.length > 0 ? `Your review of ${name(recent[0]!)} is waiting` : 'Some days were not reviewed'}
      </h2>
      {recent.length > 0 && (
        <div className="review-due-row">
          <p>Two minutes: what got done, what got in the way, and what comes next.</p>
          {action(recent[0]!, 'Review now', true)}
        </div>
      )}
      {recent.length > 1 && (
        <p className="review-due-more">
          Also waiting:{' '}
          {recent.slice(1).map((day, index) => (
            <span key={day}>
              {index > 0 && ', '}
              {action(day, formatDayLong(day), false)}
            </span>
          ))}
        </p>
      )}
      {older.length > 0 && (
        <div className="review-due-row">
          <p>
            {older.length} earlier {older.length === 1 ? 'day was' : 'days were'} not reviewed. Review them,
            or let them go.
          </p>
          {action(older[0]!, 'Review them', false)}
          <button type="button" className="button quiet" onClick={() => void skipOlder()}>
            Skip {older.length === 1 ? 'it' : 'them'}
          </button>
        </div>
      )}
      <ErrorAlert error={error} />
    </section>
  );
}
