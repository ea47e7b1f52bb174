import { useMemo } from 'react';
import { formatDayShort } from '../../../lib/domain/format';
import type { Insights } from '../../../lib/domain/insights';
import { obstacleLabel } from '../../../lib/domain/obstacles';
import { CalendarGrid } from './CalendarGrid';
import { ChartFigure } from './ChartFigure';
import { chartConfigs } from './chart-configs';
import { GoalRatingsFigure } from './GoalRatingsFigure';
import { HeadlineFigures } from './HeadlineFigures';
import { counted, percent, strengthName } from './labels';
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
  const charts = useMemo(() => chartConfigs(insights), [insights]);

  return (
    <>
      <p className="hint">
        {formatDayShort(from)}
        {startsAtFirstDay && ' (your first day with Flourish)'}
        {from !== to && ` to ${formatDayShort(to)}`} · {counted(insights.reviewsWritten, 'review')} written
      </p>
      <HeadlineFigures insights={insights} />

      <section aria-labelledby="completion-heading">
        <h2 id="completion-heading">Is the plan being carried out?</h2>
        <ChartFigure
          title="Completion per week"
          summary={
            insights.overall.rate === null
              ? 'Share of commitments done each week: nothing to count yet. A commitment counts once its day is reviewed or over.'
              : `Share of commitments done each week; ${percent(insights.overall.rate)} over the period.`
          }
          config={charts.completion}
          table={{
            caption: 'Commitments done per week',
            headers: ['Week', 'Done', 'Committed', 'Share'],
            rows: insights.weekly.map((w, i) => [insights.weekLabels[i]!, w.done, w.total, percent(w.rate)]),
          }}
        />
        <CalendarGrid view={insights.calendar} today={to} />
      </section>

      <section aria-labelledby="obstacles-heading">
        <h2 id="obstacles-heading">What gets in the way?</h2>
        {insights.obstacles.length === 0 ? (
          <p className="hint">No obstacles recorded in this period.</p>
        ) : (
          <>
            <ChartFigure
              title="Obstacles by frequency"
              summary={`Most often: ${insights.obstacles
                .slice(0, 3)
                .map((o) => `${obstacleLabel(o.obstacle)} (${o.count})`)
                .join(', ')}.`}
              config={charts.obstacles}
              height={Math.max(160, insights.obstacles.length * 34)}
              table={{
                caption: 'Times each obstacle got in the way',
                headers: ['Obstacle', 'Times'],
                rows: insights.obstacles.map((o) => [obstacleLabel(o.obstacle), o.count]),
              }}
            />
            <ChartFigure
              title="Obstacles over time"
              summary="How often the most frequent obstacles got in the way, week by week."
              config={charts.obstacleTrend}
              table={{
                caption: 'Obstacles per week',
                headers: ['Week', ...insights.trendObstacles.map(obstacleLabel), 'Others'],
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
        <h2 id="strengths-heading">Are your top strengths being used?</h2>
        <ChartFigure
          title="Strengths used"
          summary={
            insights.signatureShare === null
              ? 'No strength uses recorded in this period.'
              : `${percent(insights.signatureShare)} of strength uses were your signature strengths.`
          }
          config={charts.strengths}
          height={Math.max(160, insights.strengths.length * 30)}
          table={{
            caption: 'Uses per strength, from done commitments and reviews',
            headers: ['Strength', 'Signature', 'In commitments', 'In reviews', 'Total'],
            rows: insights.strengths.map((s) => [
              strengthName(s.strengthId),
              s.signature ? 'Yes' : 'No',
              s.inCommitments,
              s.inReviews,
              s.total,
            ]),
          }}
        />
      </section>

      <section aria-labelledby="wellbeing-heading">
        <h2 id="wellbeing-heading">Energy and stress</h2>
        <ChartFigure
          title="Energy and stress per week"
          summary="Weekly averages from the reviews, on a scale of 1 to 5."
          config={charts.wellbeing}
          table={{
            caption: 'Average energy and stress per week',
            headers: ['Week', 'Energy', 'Stress', 'Days recorded'],
            rows: insights.wellbeing.map((w, i) => [
              insights.weekLabels[i]!,
              w.energy?.toFixed(1) ?? '–',
              w.stress?.toFixed(1) ?? '–',
              w.days,
            ]),
          }}
        />
      </section>

      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">Progress per goal</h2>
        {insights.goals.length === 0 ? (
          <p className="hint">No goals with commitments in this period.</p>
        ) : (
          <ChartFigure
            title="Commitments done per goal"
            summary={insights.goals.map((g) => `${g.title}: ${g.done} done`).join('; ')}
            config={charts.goals}
            table={{
              caption: 'Commitments done per goal',
              headers: ['Goal', 'Done', 'Committed'],
              rows: insights.goals.map((g) => [g.title, g.done, g.committed]),
            }}
          />
        )}
        <GoalRatingsFigure insights={insights} config={charts.goalRatings} />
      </section>
    </>
  );
}
