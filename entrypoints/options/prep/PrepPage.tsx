import { useLiveQuery } from 'dexie-react-hooks';
import { useToday } from '../../../components/use-today';
import { daysBetween, isoWeekKey, type DayKey } from '../../../lib/domain/days';
import { formatCount, formatDayShort } from '../../../lib/domain/format';
import { buildSessionPrep, PREP_FALLBACK_DAYS, sinceLastSession } from '../../../lib/domain/session-prep';
import { commitmentsBetween } from '../../../lib/store/db/commitments';
import { goalsInOrder } from '../../../lib/store/db/goals';
import { getProfile } from '../../../lib/store/db/profile';
import { reviewsBetween } from '../../../lib/store/db/reviews';
import { lastSessionOnOrBefore } from '../../../lib/store/db/sessions';
import { weeklyReviewsBetween } from '../../../lib/store/db/weekly-reviews';
import { NOUNS } from './prep-words';
import { PrepQuestions } from './PrepQuestions';
import { CommitmentsCard, ObstaclesCard, RatingsCard, StarredCard, WellbeingCard } from './PrepSections';
import './prep.css';

async function loadPrep(today: DayKey) {
  const session = await lastSessionOnOrBefore(today);
  const period = sinceLastSession(session?.day, today);
  const [profile, goals, commitments, reviews, weeklyReviews] = await Promise.all([
    getProfile(),
    goalsInOrder(),
    commitmentsBetween(period.from, period.to),
    reviewsBetween(period.from, period.to),
    weeklyReviewsBetween(isoWeekKey(period.from), isoWeekKey(period.to)),
  ]);
  const prep = buildSessionPrep({ ...period, today, goals, commitments, reviews, weeklyReviews });
  return { period, nextDay: session?.nextDay, profile, prep };
}

/** Everything since the last coaching session, to bring to the next one. */
export default function PrepPage() {
  const today = useToday();
  const loaded = useLiveQuery(() => loadPrep(today), [today]);
  if (!loaded) return null;
  const { period, nextDay, profile, prep } = loaded;
  const name = profile?.name.trim() ?? '';
  const coach = profile?.coachName?.trim() ?? '';
  const withCoach = coach ? ` with ${coach}` : '';
  const ago = period.sessionDay && daysBetween(period.sessionDay, today);
  const when = ago ? `${formatCount(ago, NOUNS.day)} ago` : 'today';
  return (
    <div className="prep-page">
      <p className="prep-intro">
        {name && `${name}, `}
        {period.sessionDay
          ? `${name ? 'here' : 'Here'} is what happened since your session${withCoach} on ${formatDayShort(period.sessionDay)} (${when}).`
          : `${name ? 'no' : 'No'} session is recorded yet, so here are the last ${PREP_FALLBACK_DAYS} days.`}
        {nextDay && nextDay >= today && ` Your next session${withCoach}: ${formatDayShort(nextDay)}.`}
      </p>
      <div className="prep-grid">
        <PrepQuestions coach={coach} />
        <StarredCard starred={prep.starred} />
        <CommitmentsCard groups={prep.groups} />
        <ObstaclesCard obstacles={prep.obstacles} plans={prep.plans} />
        <RatingsCard ratings={prep.ratings} />
        <WellbeingCard wellbeing={prep.wellbeing} />
      </div>
      <p>
        <a className="button" href="#/summary">
          Make a summary{coach ? ` for ${coach}` : ' for your coach'}
        </a>
      </p>
    </div>
  );
}
