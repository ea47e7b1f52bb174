/** The Insights charts' configurations: whole-number count axes, gaps for what was not recorded, the theme's tokens. */
import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../lib/domain/insights';
import type { Commitment } from '../../../lib/domain/types';
import { chartConfigs } from '../../../entrypoints/options/insights/chart-configs';
import type { ChartTheme } from '../../../entrypoints/options/insights/charts';
import { goalRow, reviewRow } from '../../support/rows';

const THEME: ChartTheme = {
  text: '#111111',
  muted: '#555555',
  grid: '#dddddd',
  surface: '#ffffff',
  series: ['#000001', '#000002', '#000003', '#000004', '#000005', '#000006'],
  font: { family: 'system-ui', size: 14 },
  space: { small: 8, medium: 12 },
};

const commitment = (
  day: string,
  status: Commitment['status'],
  extra: Partial<Commitment> = {},
): Commitment => ({
  id: `${day}-${status}-${extra.goalId ?? ''}`,
  day,
  title: 'x',
  status,
  order: 1,
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});

// Two weeks: Mon 23 Nov 2026 to Wed 2 Dec; reviews only in the first; a goal set on Mon 30 Nov;
// an archived goal rated in the first week's zoom-out.
const insights = computeInsights({
  commitments: [
    commitment('2026-11-23', 'done', { strengthId: 'hope' }),
    commitment('2026-11-24', 'not-done'),
    commitment('2026-11-30', 'done', { goalId: 'g' }),
  ],
  reviews: [
    reviewRow('2026-11-23'),
    reviewRow('2026-11-24', {
      outcomes: [{ commitmentId: '2026-11-24-not-done-', status: 'not-done', obstacle: 'meetings' }],
    }),
  ],
  goals: [
    goalRow('g', 'Feedback', { createdAt: Date.parse('2026-11-30T09:00:00Z') }),
    goalRow('d', 'Delegate the numbers', { status: 'archived' }),
  ],
  weeklyReviews: [
    {
      week: '2026-W48',
      wins: '',
      patterns: '',
      nextWeekFocus: '',
      updatedAt: 0,
      goalRatings: [{ goalId: 'd', rating: -1 }],
    },
  ],
  signatureIds: ['hope'],
  settings: { workdays: [1, 2, 3, 4, 5] },
  from: '2026-11-23',
  to: '2026-12-02',
  today: '2026-12-02',
  timeZone: 'UTC',
});
const charts = chartConfigs(insights);

describe('Insights charts', () => {
  it.each([
    ['obstacles by frequency', charts.obstacles(THEME).options.scales.x],
    ['obstacles over time', charts.obstacleTrend(THEME).options.scales.y],
    ['strengths used', charts.strengths(THEME).options.scales.x],
    ['commitments done per goal', charts.goals(THEME).options.scales.y],
  ])('%s counts in whole numbers from zero', (_chart, axis) => {
    expect(axis.ticks.precision).toBe(0);
    expect(axis.beginAtZero).toBe(true);
  });

  it('energy and stress run 1 to 5 in steps of 1', () => {
    const axis = charts.wellbeing(THEME).options.scales.y;
    expect([axis.min, axis.max, axis.ticks.stepSize]).toEqual([1, 5, 1]);
  });

  it('completion reads in percent, up to 100%', () => {
    const axis = charts.completion(THEME).options.scales.y;
    expect(axis.max).toBe(100);
    expect([0, 50, 100].map((value) => axis.ticks.callback(value))).toEqual(['0%', '50%', '100%']);
  });

  it('goal ratings run −2 to +2, each week a point or a gap, an archived goal named so', () => {
    const { data, options } = charts.goalRatings(THEME);
    const axis = options.scales.y;
    expect([axis.min, axis.max, axis.ticks.stepSize]).toEqual([-2, 2, 1]);
    expect([-2, 0, 2].map((value) => axis.ticks.callback(value))).toEqual(['−2', '0', '+2']);
    expect(data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Delegate the numbers (archived)', [-1, null]],
    ]);
  });

  it('labels weeks by their dates', () => {
    expect(charts.completion(THEME).data.labels).toEqual([
      'Nov 23\u2009–\u200927',
      'Nov 30\u2009–\u2009Dec 4',
    ]);
  });

  it('leaves gaps, not zeros: a week without reviews, a goal before it was set', () => {
    expect(charts.obstacleTrend(THEME).data.datasets.map((d) => d.data)).toEqual([
      [1, null],
      [0, null],
    ]);
    expect(charts.goals(THEME).data.datasets[0]!.data).toEqual([null, 1]);
  });

  it.each(Object.entries(charts))(
    '%s does not move and takes its colours from the tokens',
    (_name, config) => {
      const { options, data } = config(THEME);
      expect(options.animation).toBe(false);
      expect(options.spanGaps).toBe(false);
      expect(options.plugins.tooltip.bodyFont).toEqual({ family: 'system-ui', size: 14 });
      for (const dataset of data.datasets) {
        const colours = [dataset.backgroundColor].flat();
        for (const colour of colours) expect(THEME.series).toContain(colour);
      }
    },
  );
});
