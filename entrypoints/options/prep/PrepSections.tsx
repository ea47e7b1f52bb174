/** The session prep's figures, one card each, from `buildSessionPrep`. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayShort } from '../../../lib/domain/format';
import { obstacleLabel } from '../../../lib/domain/obstacles';
import { FEW_DAYS, type SessionPrep } from '../../../lib/domain/session-prep';
import { oneDecimal, signedRating, weekRange } from './prep-words';

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card prep-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function CommitmentsCard({ groups }: Pick<SessionPrep, 'groups'>) {
  const { t } = useTranslation('prep');
  const done = groups.reduce((sum, g) => sum + g.done.length, 0);
  const total = groups.reduce((sum, g) => sum + g.done.length + g.missed.length, 0);
  return (
    <Card id="prep-commitments" title={t('commitments.heading')}>
      {total === 0 ? (
        <p className="hint">{t('commitments.none')}</p>
      ) : (
        <p className="prep-figure">{t('commitments.done', { done, count: total })}</p>
      )}
      {groups.map((group) => (
        <div key={group.goal?.id ?? 'none'} className="prep-group">
          <h3>{group.goal?.title ?? t('commitments.noGoal')}</h3>
          <p className="hint">
            {t('commitments.group', { done: group.done.length, missed: group.missed.length })}
          </p>
          <ul className="prep-list">
            {[...group.done, ...group.missed]
              .sort((a, b) => a.day.localeCompare(b.day))
              .map((c) => (
                <li key={c.id}>
                  <span aria-hidden="true">{c.status === 'done' ? '✓ ' : '✗ '}</span>
                  <span className="visually-hidden">
                    {`${c.status === 'done' ? t('commitments.doneMark') : t('commitments.missedMark')} `}
                  </span>
                  {c.title} <span className="prep-day">{formatDayShort(c.day)}</span>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </Card>
  );
}

export function ObstaclesCard({ obstacles, plans }: Pick<SessionPrep, 'obstacles' | 'plans'>) {
  const { t } = useTranslation('prep');
  return (
    <Card id="prep-obstacles" title={t('obstacles.heading')}>
      {obstacles.length === 0 ? (
        <p className="hint">{t('obstacles.none')}</p>
      ) : (
        <ul className="prep-list">
          {obstacles.map((o) => (
            <li key={o.obstacle}>
              {t('obstacles.times', { obstacle: obstacleLabel(o.obstacle), count: o.count })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('obstacles.plans')}</h3>
      {plans.length === 0 ? (
        <p className="hint">{t('obstacles.noPlans')}</p>
      ) : (
        <ul className="prep-list">
          {plans.map(({ commitment, outcome }) => (
            <li key={commitment.id}>
              {t('obstacles.plan', { when: commitment.ifThen!.when, then: commitment.ifThen!.then })}{' '}
              <span className="prep-day">
                {outcome
                  ? t('obstacles.planContextOutcome', {
                      title: commitment.title,
                      day: formatDayShort(commitment.day),
                      outcome,
                    })
                  : t('obstacles.planContext', {
                      title: commitment.title,
                      day: formatDayShort(commitment.day),
                    })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function RatingsCard({ ratings }: Pick<SessionPrep, 'ratings'>) {
  const { t } = useTranslation('prep');
  return (
    <Card id="prep-ratings" title={t('ratings.heading')}>
      {ratings.length === 0 ? (
        <p className="hint">{t('ratings.none')}</p>
      ) : (
        ratings.map(({ goal, ratings: weeks }) => (
          <div key={goal.id} className="prep-group">
            <h3>{goal.title}</h3>
            <ul className="prep-list">
              {weeks.map((w) => (
                <li key={w.week}>
                  {t('ratings.week', { week: weekRange(w.week), rating: signedRating(w.rating) })}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </Card>
  );
}

export function WellbeingCard({ wellbeing }: Pick<SessionPrep, 'wellbeing'>) {
  const { t } = useTranslation('prep');
  const { days, energy, stress, weeks } = wellbeing;
  return (
    <Card id="prep-wellbeing" title={t('wellbeing.heading')}>
      {days === 0 ? (
        <p className="hint">{t('wellbeing.none')}</p>
      ) : (
        <>
          <p className="prep-figure">
            {t('wellbeing.average', { energy: oneDecimal(energy), stress: oneDecimal(stress) })}
          </p>
          <p className="hint">
            {days < FEW_DAYS ? t('wellbeing.few', { count: days }) : t('wellbeing.over', { count: days })}
          </p>
          {weeks.length > 1 && (
            <ul className="prep-list">
              {weeks.map((w) => (
                <li key={w.week}>
                  {t('wellbeing.week', {
                    week: weekRange(w.week),
                    energy: oneDecimal(w.energy),
                    stress: oneDecimal(w.stress),
                    count: w.days,
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Card>
  );
}

export function StarredCard({ starred }: Pick<SessionPrep, 'starred'>) {
  const { t } = useTranslation('prep');
  return (
    <Card id="prep-starred" title={t('starred.heading')}>
      {starred.length === 0 ? (
        <p className="hint">{t('starred.none')}</p>
      ) : (
        starred.map((review) => (
          <div key={review.day} className="prep-group">
            <h3>{formatDayShort(review.day)}</h3>
            <dl className="prep-reflection">
              {review.wentWell && (
                <>
                  <dt>{t('starred.wentWell')}</dt>
                  <dd>{review.wentWell}</dd>
                </>
              )}
              {review.learned && (
                <>
                  <dt>{t('starred.learned')}</dt>
                  <dd>{review.learned}</dd>
                </>
              )}
              {review.tomorrowFocus && (
                <>
                  <dt>{t('starred.nextFocus')}</dt>
                  <dd>{review.tomorrowFocus}</dd>
                </>
              )}
            </dl>
          </div>
        ))
      )}
    </Card>
  );
}
