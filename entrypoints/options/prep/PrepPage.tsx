import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useToday } from '../../../components/use-today';
import { daysBetween, isoWeekKey, type DayKey } from '../../../lib/domain/days';
import { formatDayShort } from '../../../lib/domain/format';
import { buildSessionPrep, PREP_FALLBACK_DAYS, sinceLastSession } from '../../../lib/domain/session-prep';
import { commitmentsBetween } from '../../../lib/store/db/commitments';
import { goalsInOrder } from '../../../lib/store/db/goals';
import { getProfile } from '../../../lib/store/db/profile';
import { reviewsBetween } from '../../../lib/store/db/reviews';
import { lastSessionOnOrBefore } from '../../../lib/store/db/sessions';
import { weeklyReviewsBetween } from '../../../lib/store/db/weekly-reviews';
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
  const { t } = useTranslation('prep');
  const today = useToday();
  const loaded = useLiveQuery(() => loadPrep(today), [today]);
  if (!loaded) return null;
  const { period, nextDay, profile, prep } = loaded;
  const name = profile?.name.trim() ?? '';
  const coach = profile?.coachName?.trim() ?? '';
  const ago = period.sessionDay ? daysBetween(period.sessionDay, today) : 0;
  const when = ago ? t('intro.daysAgo', { count: ago }) : t('intro.today');
  let intro: string;
  if (period.sessionDay) {
    const words = { name, coach, day: formatDayShort(period.sessionDay), when };
    if (coach) intro = name ? t('intro.sinceWithCoachNamed', words) : t('intro.sinceWithCoach', words);
    else intro = name ? t('intro.sinceNamed', words) : t('intro.since', words);
  } else {
    const words = { name, count: PREP_FALLBACK_DAYS };
    intro = name ? t('intro.noneNamed', words) : t('intro.none', words);
  }
  if (nextDay && nextDay >= today) {
    const next = { coach, day: formatDayShort(nextDay) };
    intro += ` ${coach ? t('intro.nextWithCoach', next) : t('intro.next', next)}`;
  }
  return (
    <div className="prep-page">
      <p className="prep-intro">{intro}</p>
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
          {coach ? t('intro.summaryFor', { coach }) : t('intro.summaryForYourCoach')}
        </a>
      </p>
    </div>
  );
}
