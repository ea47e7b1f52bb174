import { useTranslation } from 'react-i18next';
import type { Insights } from '../../../lib/domain/insights';
import { obstacleLabel } from '../../../lib/domain/obstacles';
import { percent, strengthName } from './labels';

/** The four numbers at the top: commitments done, top obstacle, most used strength, review streak. */
export function HeadlineFigures({ insights }: { insights: Insights }) {
  const { t } = useTranslation('insights');
  const top = insights.obstacles[0];
  const mostUsed = insights.strengths.find((s) => s.total > 0);
  const { done, total, open } = insights.overall;
  return (
    <dl className="headline" aria-label={t('headline.label')}>
      <div className="card">
        <dt>{t('headline.done')}</dt>
        <dd>
          {percent(insights.overall.rate)}
          <span className="detail">
            {total === 0 ? t('headline.nothingYet') : t('headline.doneOf', { done, total })}
            {open > 0 && ` ${t('headline.stillOpen', { count: open })}`}
          </span>
        </dd>
      </div>
      <div className="card">
        <dt>{t('headline.topObstacle')}</dt>
        <dd className="words">
          {top ? obstacleLabel(top.obstacle) : t('headline.noneRecorded')}
          {top && <span className="detail">{t('headline.times', { count: top.count })}</span>}
        </dd>
      </div>
      <div className="card">
        <dt>{t('headline.mostUsedStrength')}</dt>
        <dd className="words">
          {mostUsed ? strengthName(mostUsed.strengthId) : t('headline.noneRecorded')}
          {mostUsed && <span className="detail">{t('headline.uses', { count: mostUsed.total })}</span>}
        </dd>
      </div>
      <div className="card">
        <dt>{t('headline.streak')}</dt>
        <dd>
          {insights.streak}
          <span className="detail">{t('headline.inARow', { count: insights.streak })}</span>
        </dd>
      </div>
    </dl>
  );
}
