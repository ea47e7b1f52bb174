import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useStorageItem } from '../../../components/use-storage-item';
import { useToday } from '../../../components/use-today';
import { addDays } from '../../../lib/domain/days';
import { commitmentsBetween, firstCommitmentDay } from '../../../lib/store/db/commitments';
import { finishedReviewKeys, reviewsBetween } from '../../../lib/store/db/reviews';
import { goalsInOrder } from '../../../lib/store/db/goals';
import { getRankings } from '../../../lib/store/db/strengths';
import { formatDayShort } from '../../../lib/domain/format';
import { computeInsights, type Insights } from '../../../lib/domain/insights';
import { PERIODS, periodRange, type PeriodId } from '../../../lib/domain/insights/period';
import { weekLabels } from '../../../lib/domain/insights/iso-weeks';
import { streakRunStart } from '../../../lib/domain/insights/streak';
import { obstacleLabel } from '../../../lib/domain/obstacles';
import { signatureStrengths } from '../../../lib/domain/ranking';
import { DEFAULT_SETTINGS, settingsItem } from '../../../lib/store/settings';
import { strengthById } from '../../../lib/domain/strengths';
import { navigate } from '../router';
import { CalendarGrid } from './CalendarGrid';
import { ChartFigure } from './ChartFigure';
import { PALETTE, baseOptions, type ChartTheme } from './charts';
import './insights.css';

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
const strengthName = (id: string) => strengthById(id)?.name ?? id;

/**
 * Rows of a long range, read a year at a time: each year arrives in a task of its own instead of
 * ten years deserialised in one long one.
 */
async function inSlices<T>(from: string, to: string, read: (from: string, to: string) => Promise<T[]>) {
  const slices: Promise<T[]>[] = [];
  for (let start = from; start <= to; start = addDays(start, 366)) {
    const end = addDays(start, 365);
    slices.push(read(start, end < to ? end : to));
  }
  return (await Promise.all(slices)).flat();
}

/** The period's rows: everything the page needs, read once per change. */
async function loadPeriod(period: PeriodId, today: string, workdays: readonly number[]) {
  const range = periodRange(period, today, await firstCommitmentDay());
  const [commitments, reviews, finished, goals, rankings] = await Promise.all([
    inSlices(range.from, range.to, commitmentsBetween),
    reviewsBetween(range.from, range.to),
    finishedReviewKeys(),
    goalsInOrder(),
    getRankings(),
  ]);
  // The streak may reach back before the period, as far as it runs. The days with a finished
  // review come from keys alone; rows are read only for the run's days before the period, to
  // tell written reviews from skipped ones.
  const runStart = streakRunStart(new Set(finished), today, workdays);
  const before =
    runStart !== null && runStart < range.from
      ? await inSlices(runStart, addDays(range.from, -1), reviewsBetween)
      : [];
  return {
    range,
    commitments,
    reviews,
    streakReviews: [...before, ...reviews],
    goals,
    signatureIds: signatureStrengths(rankings).map((s) => s.id),
  };
}

/** Insights over a chosen period: completion, the calendar, obstacles, strengths, energy and stress, goals. */
export default function InsightsPage({ period }: { period: PeriodId }) {
  const today = useToday();
  const settings = useStorageItem(settingsItem);
  const workdays = useMemo(
    () => (settings ? { ...DEFAULT_SETTINGS, ...settings }.workdays : undefined),
    [settings],
  );
  const data = useLiveQuery(
    () => (workdays ? loadPeriod(period, today, workdays) : undefined),
    // By value: the settings object is new on every storage change.
    [period, today, workdays?.join()],
  );
  const [computed, setComputed] = useState<{ insights: Insights; for: unknown } | null>(null);

  // The figures are worked out in a task of their own, after the data has arrived and before the
  // charts are drawn: three shorter tasks rather than one long one that freezes the page.
  useEffect(() => {
    if (!data || !workdays) return;
    const timer = setTimeout(() => {
      performance.mark('flourish:insights-start');
      const insights = computeInsights({ ...data, ...data.range, today, workdays });
      performance.measure('flourish:insights-compute', 'flourish:insights-start');
      setComputed({ insights, for: data });
    }, 0);
    return () => clearTimeout(timer);
  }, [data, workdays, today]);
  const insights = computed && computed.for === data ? computed.insights : undefined;

  return (
    <div className="insights">
      <div className="period-picker" role="group" aria-label="Period">
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
      {insights && data ? (
        <InsightsBody insights={insights} from={data.range.from} to={data.range.to} />
      ) : (
        <p className="hint" role="status">
          Working out your insights…
        </p>
      )}
    </div>
  );
}

function InsightsBody({ insights, from, to }: { insights: Insights; from: string; to: string }) {
  const top = insights.obstacles[0];
  const mostUsed = insights.strengths.find((s) => s.total > 0);
  const charts = useMemo(() => chartConfigs(insights), [insights]);

  return (
    <>
      <p className="hint">
        {formatDayShort(from)} to {formatDayShort(to)} · {insights.reviewsWritten} reviews written
      </p>
      <dl className="headline" aria-label="Headline figures">
        <div>
          <dt>Commitments done</dt>
          <dd>
            {percent(insights.overall.rate)}
            <span className="detail">
              {insights.overall.done} of {insights.overall.total}
              {insights.overall.open > 0 && ` (${insights.overall.open} still open today)`}
            </span>
          </dd>
        </div>
        <div>
          <dt>Top obstacle</dt>
          <dd className="words">
            {top ? obstacleLabel(top.obstacle) : 'None recorded'}
            {top && <span className="detail">{top.count} times</span>}
          </dd>
        </div>
        <div>
          <dt>Most used strength</dt>
          <dd className="words">
            {mostUsed ? strengthName(mostUsed.strengthId) : 'None recorded'}
            {mostUsed && <span className="detail">{mostUsed.total} uses</span>}
          </dd>
        </div>
        <div>
          <dt>Review streak</dt>
          <dd>
            {insights.streak}
            <span className="detail">workday{insights.streak === 1 ? '' : 's'} in a row</span>
          </dd>
        </div>
      </dl>

      <section aria-labelledby="completion-heading">
        <h2 id="completion-heading">Is the plan being carried out?</h2>
        <ChartFigure
          title="Completion per week"
          summary={`Share of commitments done each week; ${percent(insights.overall.rate)} over the period.`}
          config={charts.completion}
          table={{
            caption: 'Commitments done per week',
            headers: ['Week', 'Done', 'Committed', 'Share'],
            rows: insights.weekly.map((w) => [w.week, w.done, w.total, percent(w.rate)]),
          }}
        />
        <CalendarGrid view={insights.calendar} />
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
                rows: insights.obstacleTrend.map((w) => [
                  w.week,
                  ...insights.trendObstacles.map((o) => w.counts[o] ?? 0),
                  w.counts.rest ?? 0,
                ]),
              }}
            />
          </>
        )}
      </section>

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
            rows: insights.wellbeing.map((w) => [
              w.week,
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
      </section>
    </>
  );
}

/** The charts' configurations, one function per chart so each re-themes itself. */
function chartConfigs(insights: Insights) {
  // Every weekly chart covers the same weeks, so they share the labels.
  const weeks = weekLabels(insights.weekly.map((w) => w.week));
  return {
    completion: (theme: ChartTheme) => ({
      type: 'bar' as const,
      data: {
        labels: weeks,
        datasets: [
          {
            label: 'Done (%)',
            data: insights.weekly.map((w) => (w.rate === null ? null : Math.round(w.rate * 100))),
            backgroundColor: PALETTE[0],
          },
        ],
      },
      options: {
        ...baseOptions(theme),
        scales: { ...baseOptions(theme).scales, y: { ...baseOptions(theme).scales!.y, max: 100 } },
      },
    }),
    obstacles: (theme: ChartTheme) => ({
      type: 'bar' as const,
      data: {
        labels: insights.obstacles.map((o) => obstacleLabel(o.obstacle)),
        datasets: [
          { label: 'Times', data: insights.obstacles.map((o) => o.count), backgroundColor: PALETTE[1] },
        ],
      },
      options: { ...baseOptions(theme), indexAxis: 'y' as const, plugins: { legend: { display: false } } },
    }),
    obstacleTrend: (theme: ChartTheme) => ({
      type: 'bar' as const,
      data: {
        labels: weeks,
        datasets: [...insights.trendObstacles, 'rest'].map((obstacle, index) => ({
          label: obstacle === 'rest' ? 'Others' : obstacleLabel(obstacle),
          data: insights.obstacleTrend.map((w) => w.counts[obstacle] ?? 0),
          backgroundColor: PALETTE[index % PALETTE.length],
        })),
      },
      options: {
        ...baseOptions(theme),
        scales: {
          x: { ...baseOptions(theme).scales!.x, stacked: true },
          y: { ...baseOptions(theme).scales!.y, stacked: true },
        },
      },
    }),
    strengths: (theme: ChartTheme) => ({
      type: 'bar' as const,
      data: {
        labels: insights.strengths.map((s) => `${strengthName(s.strengthId)}${s.signature ? ' ★' : ''}`),
        datasets: [
          {
            label: 'Uses',
            data: insights.strengths.map((s) => s.total),
            backgroundColor: insights.strengths.map((s) => (s.signature ? PALETTE[2] : theme.grid)),
          },
        ],
      },
      options: { ...baseOptions(theme), indexAxis: 'y' as const, plugins: { legend: { display: false } } },
    }),
    wellbeing: (theme: ChartTheme) => ({
      type: 'line' as const,
      data: {
        labels: weeks,
        datasets: [
          {
            label: 'Energy',
            data: insights.wellbeing.map((w) => w.energy),
            borderColor: PALETTE[2],
            backgroundColor: PALETTE[2],
            spanGaps: true,
          },
          {
            label: 'Stress',
            data: insights.wellbeing.map((w) => w.stress),
            borderColor: PALETTE[5],
            backgroundColor: PALETTE[5],
            spanGaps: true,
            borderDash: [6, 4],
          },
        ],
      },
      options: {
        ...baseOptions(theme),
        scales: {
          ...baseOptions(theme).scales,
          y: { ...baseOptions(theme).scales!.y, min: 1, max: 5, beginAtZero: false },
        },
      },
    }),
    goals: (theme: ChartTheme) => ({
      type: 'line' as const,
      data: {
        labels: weeks,
        datasets: insights.goals.map((goal, index) => ({
          label: goal.title,
          data: goal.perWeek,
          borderColor: PALETTE[index % PALETTE.length],
          backgroundColor: PALETTE[index % PALETTE.length],
        })),
      },
      options: baseOptions(theme),
    }),
  };
}
