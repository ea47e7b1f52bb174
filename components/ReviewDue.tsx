import { useTranslation } from 'react-i18next';
import { skipReviews } from '../lib/store/db/reviews';
import { reviewDueWords } from '../lib/domain/review-due-words';
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

/**
 * "Your review of today is waiting": recent days one by one, anything older as one review-or-skip
 * choice, in the words the new tab's first paint draws too (lib/domain/review-due-words).
 */
export function ReviewDue({ pending, today, open }: ReviewDueProps) {
  // Its words follow the language in force: the hook re-renders the banner when it changes.
  const { t } = useTranslation('today');
  const { error, run } = useRunAndReport();
  const words = reviewDueWords(pending, today);
  if (!words) return null;

  async function skipOlder() {
    await run(async () => {
      await skipReviews(splitPending(pending, today).older);
      tellWorkerReviewed();
    }, t('reviewDue.skipFailed'));
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

  const { first, more, older } = words;
  return (
    <section className="banner review-due" aria-labelledby="review-due-heading">
      <h2 id="review-due-heading">{words.heading}</h2>
      {first && (
        <div className="review-due-row">
          <p>{first.prompt}</p>
          {action(first.day, first.action, true)}
        </div>
      )}
      {more && (
        <p className="review-due-more">
          {more.label}{' '}
          {more.days.map(({ day, text }, index) => (
            <span key={day}>
              {index > 0 && ', '}
              {action(day, text, false)}
            </span>
          ))}
        </p>
      )}
      {older && (
        <div className="review-due-row">
          <p>{older.text}</p>
          {action(older.day, older.review, false)}
          <button type="button" className="button quiet" onClick={() => void skipOlder()}>
            {older.skip}
          </button>
        </div>
      )}
      <ErrorAlert error={error} />
    </section>
  );
}
