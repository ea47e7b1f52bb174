import type { Insights } from '../../../lib/domain/insights';
import { obstacleLabel } from '../../../lib/domain/obstacles';
import { pluralNoun } from '../../../lib/domain/format';
import { NOUNS, counted, percent, strengthName } from './labels';

/** The four numbers at the top: commitments done, top obstacle, most used strength, review streak. */
export function HeadlineFigures({ insights }: { insights: Insights }) {
  const top = insights.obstacles[0];
  const mostUsed = insights.strengths.find((s) => s.total > 0);
  return (
    <dl className="headline" aria-label="Headline figures">
      <div className="card">
        <dt>Commitments done</dt>
        <dd>
          {percent(insights.overall.rate)}
          <span className="detail">
            {insights.overall.total === 0
              ? 'Nothing to count yet'
              : `${insights.overall.done} of ${insights.overall.total}`}
            {insights.overall.open > 0 && ` (${insights.overall.open} still open today)`}
          </span>
        </dd>
      </div>
      <div className="card">
        <dt>Top obstacle</dt>
        <dd className="words">
          {top ? obstacleLabel(top.obstacle) : 'None recorded'}
          {top && <span className="detail">{counted(top.count, 'time')}</span>}
        </dd>
      </div>
      <div className="card">
        <dt>Most used strength</dt>
        <dd className="words">
          {mostUsed ? strengthName(mostUsed.strengthId) : 'None recorded'}
          {mostUsed && <span className="detail">{counted(mostUsed.total, 'use')}</span>}
        </dd>
      </div>
      <div className="card">
        <dt>Review streak</dt>
        <dd>
          {insights.streak}
          <span className="detail">{pluralNoun(insights.streak, NOUNS.workday)} in a row</span>
        </dd>
      </div>
    </dl>
  );
}
