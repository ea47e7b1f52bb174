/** The session prep's figures, one card each, from `buildSessionPrep`. */
import type { ReactNode } from 'react';
import { formatCount, formatDayShort } from '../../../lib/domain/format';
import { obstacleLabel } from '../../../lib/domain/obstacles';
import { FEW_DAYS, type SessionPrep } from '../../../lib/domain/session-prep';
import { NOUNS, oneDecimal, signedRating, weekRange } from './prep-words';

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card prep-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function CommitmentsCard({ groups }: Pick<SessionPrep, 'groups'>) {
  const done = groups.reduce((sum, g) => sum + g.done.length, 0);
  const total = groups.reduce((sum, g) => sum + g.done.length + g.missed.length, 0);
  return (
    <Card id="prep-commitments" title="Commitments">
      {total === 0 ? (
        <p className="hint">No commitments done or missed in this period.</p>
      ) : (
        <p className="prep-figure">
          {done} of {formatCount(total, NOUNS.commitment)} done
        </p>
      )}
      {groups.map((group) => (
        <div key={group.goal?.id ?? 'none'} className="prep-group">
          <h3>{group.goal?.title ?? 'No goal'}</h3>
          <p className="hint">
            {group.done.length} done, {group.missed.length} missed
          </p>
          <ul className="prep-list">
            {[...group.done, ...group.missed]
              .sort((a, b) => a.day.localeCompare(b.day))
              .map((c) => (
                <li key={c.id}>
                  <span aria-hidden="true">{c.status === 'done' ? '✓ ' : '✗ '}</span>
                  <span className="visually-hidden">{c.status === 'done' ? 'Done: ' : 'Missed: '}</span>
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
  return (
    <Card id="prep-obstacles" title="Obstacles and if-then plans">
      {obstacles.length === 0 ? (
        <p className="hint">No obstacles recorded in this period.</p>
      ) : (
        <ul className="prep-list">
          {obstacles.map((o) => (
            <li key={o.obstacle}>
              {obstacleLabel(o.obstacle)}: {formatCount(o.count, NOUNS.time)}
            </li>
          ))}
        </ul>
      )}
      <h3>If-then plans</h3>
      {plans.length === 0 ? (
        <p className="hint">No if-then plans made in this period.</p>
      ) : (
        <ul className="prep-list">
          {plans.map(({ commitment, outcome }) => (
            <li key={commitment.id}>
              If {commitment.ifThen!.when}, then {commitment.ifThen!.then}{' '}
              <span className="prep-day">
                ({commitment.title}, {formatDayShort(commitment.day)}
                {outcome && `: ${outcome}`})
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function RatingsCard({ ratings }: Pick<SessionPrep, 'ratings'>) {
  return (
    <Card id="prep-ratings" title="Goal ratings">
      {ratings.length === 0 ? (
        <p className="hint">No goals rated in a weekly zoom-out in this period.</p>
      ) : (
        ratings.map(({ goal, ratings: weeks }) => (
          <div key={goal.id} className="prep-group">
            <h3>{goal.title}</h3>
            <ul className="prep-list">
              {weeks.map((w) => (
                <li key={w.week}>
                  {weekRange(w.week)}: {signedRating(w.rating)}
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
  const { days, energy, stress, weeks } = wellbeing;
  return (
    <Card id="prep-wellbeing" title="Energy and stress">
      {days === 0 ? (
        <p className="hint">No energy or stress recorded in this period.</p>
      ) : (
        <>
          <p className="prep-figure">
            Energy {oneDecimal(energy)} of 5, stress {oneDecimal(stress)} of 5 on average
          </p>
          <p className="hint">
            {days < FEW_DAYS
              ? `Only ${formatCount(days, NOUNS.day)} recorded: too few to read a trend into.`
              : `Over ${formatCount(days, NOUNS.day)} recorded.`}
          </p>
          {weeks.length > 1 && (
            <ul className="prep-list">
              {weeks.map((w) => (
                <li key={w.week}>
                  {weekRange(w.week)}: energy {oneDecimal(w.energy)}, stress {oneDecimal(w.stress)} (
                  {formatCount(w.days, NOUNS.day)})
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
  return (
    <Card id="prep-starred" title="Starred reflections">
      {starred.length === 0 ? (
        <p className="hint">No days starred. Star a day when its review is saved to bring it here.</p>
      ) : (
        starred.map((review) => (
          <div key={review.day} className="prep-group">
            <h3>{formatDayShort(review.day)}</h3>
            <dl className="prep-reflection">
              {review.wentWell && (
                <>
                  <dt>Went well</dt>
                  <dd>{review.wentWell}</dd>
                </>
              )}
              {review.learned && (
                <>
                  <dt>Learned</dt>
                  <dd>{review.learned}</dd>
                </>
              )}
              {review.tomorrowFocus && (
                <>
                  <dt>Next focus</dt>
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
