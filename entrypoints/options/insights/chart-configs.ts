import type { Insights } from '../../../lib/domain/insights';
import { weekLabels } from '../../../lib/domain/insights/iso-weeks';
import { obstacleLabel } from '../../../lib/domain/obstacles';
import { PALETTE, baseOptions, type ChartTheme } from './charts';
import { strengthName } from './labels';

/** The charts' configurations, one function per chart so each re-themes itself. */
export function chartConfigs(insights: Insights) {
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
