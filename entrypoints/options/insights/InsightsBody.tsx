import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayShort } from '../../../lib/domain/format';
import type { Insights } from '../../../lib/domain/insights';
import { obstacleLabel } from '../../../lib/domain/obstacles';
import { CalendarGrid } from './CalendarGrid';
import { ChartFigure } from './ChartFigure';
import { chartConfigs } from './chart-configs';
import { GoalRatingsFigure } from './GoalRatingsFigure';
import { HeadlineFigures } from './HeadlineFigures';
import { listOf, oneDecimal, percent, strengthName } from './labels';
import { PlanFigures } from './PlanFigures';

/** The period's figures: headline numbers, then a section per question, each chart with its table. */
interface InsightsBodyProps {
  insights: Insights;
  from: string;
  to: string;
  /** The period begins at the first day Flourish counts, later than the period would. */
  startsAtFirstDay: boolean;
}

export function InsightsBody({ insights, from, to, startsAtFirstDay }: InsightsBodyProps) {
  const { t } = useTranslation('insights');
  const charts = useMemo(() => chartConfigs(insights), [insights]);
  const fromDay = formatDayShort(from);
  const range =
    from === to
      ? startsAtFirstDay
        ? t('range.fromFirstDay', { from: fromDay })
        : fromDay
      : t(startsAtFirstDay ? 'range.spanFromFirstDay' : 'range.span', {
          from: fromDay,
          to: formatDayShort(to),
        });

  return (
    <>
      <p className="hint">
        {range} · {t('range.reviewsWritten', { count: insights.reviewsWritten })}
      </p>
      <HeadlineFigures insights={insights} />

      <section aria-labelledby="completion-heading">
        <h2 id="completion-heading">{t('completion.heading')}</h2>
        <ChartFigure
          title={t('completion.title')}
          summary={
            insights.overall.rate === null
              ? t('completion.summaryNone')
              : t('completion.summary', { rate: percent(insights.overall.rate) })
          }
          config={charts.completion}
          table={{
            caption: t('completion.caption'),
            headers: [t('table.week'), t('table.done'), t('table.committed'), t('table.share')],
            rows: insights.weekly.map((w, i) => [insights.weekLabels[i]!, w.done, w.total, percent(w.rate)]),
          }}
        />
        <CalendarGrid view={insights.calendar} today={to} />
      </section>

      <section aria-labelledby="obstacles-heading">
        <h2 id="obstacles-heading">{t('obstacles.heading')}</h2>
        {insights.obstacles.length === 0 ? (
          <p className="hint">{t('obstacles.none')}</p>
        ) : (
          <>
            <ChartFigure
              title={t('obstacles.title')}
              summary={t('obstacles.mostOften', {
                list: listOf(
                  insights.obstacles
                    .slice(0, 3)
                    .map((o) => t('obstacles.item', { obstacle: obstacleLabel(o.obstacle), count: o.count })),
                ),
              })}
              config={charts.obstacles}
              height={Math.max(160, insights.obstacles.length * 34)}
              table={{
                caption: t('obstacles.caption'),
                headers: [t('table.obstacle'), t('table.times')],
                rows: insights.obstacles.map((o) => [obstacleLabel(o.obstacle), o.count]),
              }}
            />
            <ChartFigure
              title={t('obstacles.trendTitle')}
              summary={t('obstacles.trendSummary')}
              config={charts.obstacleTrend}
              table={{
                caption: t('obstacles.trendCaption'),
                headers: [t('table.week'), ...insights.trendObstacles.map(obstacleLabel), t('table.others')],
                rows: insights.obstacleTrend.map((w, i) =>
                  w.reviews === 0
                    ? [insights.weekLabels[i]!, ...insights.trendObstacles.map(() => '–'), '–']
                    : [
                        insights.weekLabels[i]!,
                        ...insights.trendObstacles.map((o) => w.counts[o] ?? 0),
                        w.counts.rest ?? 0,
                      ],
                ),
              }}
            />
          </>
        )}
      </section>

      <PlanFigures plans={insights.plans} />

      <section aria-labelledby="strengths-heading">
        <h2 id="strengths-heading">{t('strengths.heading')}</h2>
        <ChartFigure
          title={t('strengths.title')}
          summary={
            insights.signatureShare === null
              ? t('strengths.none')
              : t('strengths.signatureShare', { share: percent(insights.signatureShare) })
          }
          config={charts.strengths}
          height={Math.max(160, insights.strengths.length * 30)}
          table={{
            caption: t('strengths.caption'),
            headers: [
              t('table.strength'),
              t('table.signature'),
              t('table.inCommitments'),
              t('table.inReviews'),
              t('table.total'),
            ],
            rows: insights.strengths.map((s) => [
              strengthName(s.strengthId),
              s.signature ? t('table.yes') : t('table.no'),
              s.inCommitments,
              s.inReviews,
              s.total,
            ]),
          }}
        />
      </section>

      <section aria-labelledby="wellbeing-heading">
        <h2 id="wellbeing-heading">{t('wellbeing.heading')}</h2>
        <ChartFigure
          title={t('wellbeing.title')}
          summary={t('wellbeing.summary')}
          config={charts.wellbeing}
          table={{
            caption: t('wellbeing.caption'),
            headers: [t('table.week'), t('table.energy'), t('table.stress'), t('table.daysRecorded')],
            rows: insights.wellbeing.map((w, i) => [
              insights.weekLabels[i]!,
              oneDecimal(w.energy),
              oneDecimal(w.stress),
              w.days,
            ]),
          }}
        />
      </section>

      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t('goals.heading')}</h2>
        {insights.goals.length === 0 ? (
          <p className="hint">{t('goals.none')}</p>
        ) : (
          <ChartFigure
            title={t('goals.title')}
            summary={insights.goals
              .map((g) => t('goals.goalDone', { title: g.title, count: g.done }))
              .join('; ')}
            config={charts.goals}
            table={{
              caption: t('goals.caption'),
              headers: [t('table.goal'), t('table.done'), t('table.committed')],
              rows: insights.goals.map((g) => [g.title, g.done, g.committed]),
            }}
          />
        )}
        <GoalRatingsFigure insights={insights} config={charts.goalRatings} />
      </section>
    </>
  );
}
