import { useLiveQuery } from 'dexie-react-hooks';
import type { DayKey } from '../../lib/domain/days';
import { commitmentsForDay } from '../../lib/store/db/commitments';
import { daysOffFrom } from '../../lib/store/db/days-off';
import { getProfile } from '../../lib/store/db/profile';
import { getReview } from '../../lib/store/db/reviews';
import { getRankings } from '../../lib/store/db/strengths';
import { signatureStrengths } from '../../lib/domain/ranking';
import { reviewAnswers } from '../../lib/domain/review-answers';
import { useSettings } from '../use-storage-items';
import { ReviewFlow } from './DailyReviewFlow';
import { toFields } from './review-fields';
import './review.css';

export interface DailyReviewProps {
  day: DayKey;
  /** "How did today go?" for today, the day's name otherwise. */
  isToday: boolean;
  /** Where "Zoom out on your week" leads; omitted where the weekly review cannot open. */
  weeklyHref?: (week: string) => string;
  onClose?: () => void;
}

/** The end-of-day review of one day: what got done and in the way, then a short reflection. */
export function DailyReview(props: DailyReviewProps) {
  const commitments = useLiveQuery(() => commitmentsForDay(props.day), [props.day]);
  const review = useLiveQuery(() => getReview(props.day).then((r) => r ?? null), [props.day]);
  const rankings = useLiveQuery(getRankings, []);
  const profile = useLiveQuery(() => getProfile().then((p) => p ?? null), []);
  const settings = useSettings();
  // Carry passes over the days off after the reviewed day.
  const daysOff = useLiveQuery(() => daysOffFrom(props.day), [props.day]);
  if (
    commitments === undefined ||
    review === undefined ||
    !rankings ||
    profile === undefined ||
    !settings ||
    !daysOff
  ) {
    return null;
  }
  return (
    <ReviewFlow
      key={props.day}
      {...props}
      commitments={commitments.filter(
        (c) => c.status !== 'dropped' || review?.outcomes.some((o) => o.commitmentId === c.id),
      )}
      stored={toFields(reviewAnswers(review ?? undefined, commitments))}
      finished={Boolean(review?.completedAt) && !review?.skipped}
      signature={signatureStrengths(rankings)}
      customObstacles={profile?.customObstacles ?? []}
      settings={{ ...settings, daysOff }}
    />
  );
}
