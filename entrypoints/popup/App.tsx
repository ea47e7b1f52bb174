import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { DailyReview } from '../../components/review/DailyReview';
import { ReviewDue } from '../../components/ReviewDue';
import { UndoProvider } from '../../components/UndoProvider';
import { usePendingReviews } from '../../components/use-pending-reviews';
import { useToday } from '../../components/use-today';
import { Today } from './Today';

/** The popup: today's list, or the day's review when it is waiting or chosen. */
export default function App() {
  const { t } = useTranslation('popup');
  const today = useToday();
  const pending = usePendingReviews();
  const [chosen, setChosen] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  useEffect(() => {
    document.title = t('pageTitle');
  }, [t]);

  // When today's review is due, the popup opens on it; it stays open (through "Review saved")
  // until the user leaves it, even though finishing it means it is no longer waiting.
  if (opened === null && !dismissed && pending?.[0] === today) setOpened(today);
  const reviewDay = chosen ?? opened;

  if (reviewDay) {
    return (
      <main className="popup">
        <DailyReview
          key={reviewDay}
          day={reviewDay}
          isToday={reviewDay === today}
          weeklyHref={(week) => browser.runtime.getURL(`/review.html?week=${week}`)}
          onClose={() => {
            setChosen(null);
            setOpened(null);
            setDismissed(true);
          }}
        />
      </main>
    );
  }
  return (
    <UndoProvider>
      <Today
        banner={
          pending && (
            <ReviewDue pending={pending} today={today} open={(day) => ({ onClick: () => setChosen(day) })} />
          )
        }
      />
    </UndoProvider>
  );
}
