import { useTranslation } from 'react-i18next';
import { PERIODS, type PeriodId } from '../../../lib/domain/insights/period';
import { navigate } from '../router';
import { InsightsBody } from './InsightsBody';
import { useInsights } from './use-insights';
import './insights.css';

/** Insights over a chosen period: completion, the calendar, obstacles, strengths, energy and stress, goals. */
export default function InsightsPage({ period }: { period: PeriodId }) {
  const { t } = useTranslation('insights');
  const shown = useInsights(period);
  return (
    <div className="insights">
      <div className="period-picker" role="group" aria-label={t('periods.label')}>
        {PERIODS.map((p) => (
          <a
            key={p.id}
            href={`#/insights/${p.id}`}
            className={`button${p.id === period ? ' primary' : ''}`}
            aria-current={p.id === period ? 'true' : undefined}
            onClick={(event) => {
              event.preventDefault();
              navigate({ kind: 'section', section: 'insights', param: p.id });
            }}
          >
            {p.label}
          </a>
        ))}
      </div>
      {shown ? (
        <InsightsBody
          insights={shown.insights}
          from={shown.range.from}
          to={shown.range.to}
          startsAtFirstDay={shown.startsAtFirstDay}
        />
      ) : (
        <p className="hint" role="status">
          {t('periods.working')}
        </p>
      )}
    </div>
  );
}
