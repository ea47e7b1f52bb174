import type { Insights } from '../../../lib/domain/insights';
import { signedRating } from '../../../lib/domain/insights/goal-ratings';
import { obstacleLabel } from '../../../lib/domain/obstacles';
import {
  baseOptions,
  categoryAxis,
  countAxis,
  lineOptions,
  POINT_STYLES,
  seriesColour,
  withoutLegend,
  type ChartTheme,
} from './charts';
import { t } from '../../../lib/i18n';
import { percent, ratedGoalName, strengthName } from './labels';

/** The index of the grey series token, for "others" and strengths that are not signature ones. */
const OTHERS = 4;

/** Bars laid sideways, one per named thing (obstacles, strengths): names down y, counts along x. */
function sideways(theme: ChartTheme) {
  const options = withoutLegend(theme);
  return { ...options, indexAxis: 'y' as const, scales: { x: countAxis(theme), y: categoryAxis(theme) } };
}

/**
 * The charts' configurations, one function per chart so each re-themes itself. Weeks are labelled
 * by their dates (`insights.weekLabels`); a week with nothing recorded is a gap, not a zero.
 */
export function chartConfigs(insights: Insights) {
  const weeks = insights.weekLabels;
  // Points that mark each week, smaller once there are many weeks so the line still reads.
  const pointRadius = weeks.length > 26 ? 2.5 : 4;
  // A line per goal, week by week, each told apart by its colour and its point's shape.
  const goalLines = (theme: ChartTheme, lines: [string, (number | null)[]][]) =>
    lines.map(([label, data], index) => ({
      label,
      data,
      borderColor: seriesColour(theme, index),
      backgroundColor: seriesColour(theme, index),
      pointStyle: POINT_STYLES[index % POINT_STYLES.length],
      pointRadius,
    }));
  return {
    completion: (theme: ChartTheme) => {
      const options = withoutLegend(theme);
      return {
        type: 'bar' as const,
        data: {
          labels: weeks,
          datasets: [
            {
              label: t('insights:table.done'),
              data: insights.weekly.map((w) => (w.rate === null ? null : Math.round(w.rate * 100))),
              backgroundColor: seriesColour(theme, 0),
              maxBarThickness: 48,
            },
          ],
        },
        options: {
          ...options,
          scales: {
            ...options.scales,
            y: {
              ...countAxis(theme),
              max: 100,
              ticks: {
                ...countAxis(theme).ticks,
                stepSize: 25,
                callback: (value: string | number) => percent(Number(value) / 100),
              },
            },
          },
        },
      };
    },
    obstacles: (theme: ChartTheme) => ({
      type: 'bar' as const,
      data: {
        labels: insights.obstacles.map((o) => obstacleLabel(o.obstacle)),
        datasets: [
          {
            label: t('insights:table.times'),
            data: insights.obstacles.map((o) => o.count),
            backgroundColor: seriesColour(theme, 1),
            maxBarThickness: 28,
          },
        ],
      },
      options: sideways(theme),
    }),
    obstacleTrend: (theme: ChartTheme) => {
      const options = baseOptions(theme);
      return {
        type: 'bar' as const,
        data: {
          labels: weeks,
          datasets: [...insights.trendObstacles, 'rest'].map((obstacle, index, all) => ({
            label: obstacle === 'rest' ? t('insights:table.others') : obstacleLabel(obstacle),
            data: insights.obstacleTrend.map((w) => (w.reviews === 0 ? null : (w.counts[obstacle] ?? 0))),
            backgroundColor: seriesColour(theme, index === all.length - 1 ? OTHERS : index),
            maxBarThickness: 48,
          })),
        },
        options: {
          ...options,
          scales: { x: { ...options.scales.x, stacked: true }, y: { ...options.scales.y, stacked: true } },
        },
      };
    },
    strengths: (theme: ChartTheme) => ({
      type: 'bar' as const,
      data: {
        labels: insights.strengths.map((s) => `${strengthName(s.strengthId)}${s.signature ? ' ★' : ''}`),
        datasets: [
          {
            label: t('insights:table.uses'),
            data: insights.strengths.map((s) => s.total),
            backgroundColor: insights.strengths.map((s) => seriesColour(theme, s.signature ? 0 : OTHERS)),
            maxBarThickness: 28,
          },
        ],
      },
      options: sideways(theme),
    }),
    wellbeing: (theme: ChartTheme) => {
      const options = lineOptions(theme);
      return {
        type: 'line' as const,
        data: {
          labels: weeks,
          datasets: [
            {
              label: t('insights:table.energy'),
              data: insights.wellbeing.map((w) => w.energy),
              colour: seriesColour(theme, 0),
            },
            {
              label: t('insights:table.stress'),
              data: insights.wellbeing.map((w) => w.stress),
              colour: seriesColour(theme, 1),
              pointStyle: POINT_STYLES[1],
              borderDash: [6, 4],
            },
          ].map(({ colour, ...dataset }) => ({
            ...dataset,
            borderColor: colour,
            backgroundColor: colour,
            pointRadius,
          })),
        },
        options: {
          ...options,
          scales: {
            ...options.scales,
            y: {
              ...options.scales.y,
              min: 1,
              max: 5,
              beginAtZero: false,
              ticks: { ...options.scales.y.ticks, stepSize: 1 },
            },
          },
        },
      };
    },
    goals: (theme: ChartTheme) => ({
      type: 'line' as const,
      data: {
        labels: weeks,
        datasets: goalLines(
          theme,
          insights.goals.map((goal) => [goal.title, goal.perWeek]),
        ),
      },
      options: lineOptions(theme),
    }),
    goalRatings: (theme: ChartTheme) => {
      const options = lineOptions(theme);
      return {
        type: 'line' as const,
        data: {
          labels: weeks,
          datasets: goalLines(
            theme,
            insights.goalRatings.map((goal) => [ratedGoalName(goal), goal.perWeek]),
          ),
        },
        options: {
          ...options,
          scales: {
            ...options.scales,
            // Goal attainment scaling's −2 … +2, 0 ("as expected") in the middle.
            y: {
              ...options.scales.y,
              min: -2,
              max: 2,
              beginAtZero: false,
              ticks: {
                ...options.scales.y.ticks,
                stepSize: 1,
                callback: (value: string | number) => signedRating(Number(value)),
              },
            },
          },
        },
      };
    },
  };
}
