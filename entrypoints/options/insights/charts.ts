/**
 * Chart.js, registered with only what Insights draws, and themed from the page's colour tokens so
 * charts follow light and dark mode. Loaded by the Insights section only (a lazy chunk of options).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

/** How many chart series colours the tokens define (`--chart-1` … `--chart-6` in components/base.css). */
const SERIES_TOKENS = 6;

/** The page's design tokens as the charts use them; read at run time, so light and dark both hold. */
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  /** Series colours in order: `series[0]` for a chart of one series, the fifth a grey for "others". */
  series: string[];
  font: { family: string; size: number };
  /** Spacing in pixels: `small` between a legend's items, `medium` around the plot. */
  space: { small: number; medium: number };
}

/** The current tokens of the page (they change with prefers-color-scheme). */
export function currentTheme(): ChartTheme {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string) => style.getPropertyValue(name).trim();
  const rem = parseFloat(style.fontSize);
  const pixels = (name: string) => parseFloat(token(name)) * rem;
  return {
    text: token('--text'),
    muted: token('--muted'),
    grid: token('--border'),
    surface: token('--surface'),
    series: Array.from({ length: SERIES_TOKENS }, (_, i) => token(`--chart-${i + 1}`)),
    font: { family: token('--font'), size: pixels('--font-size-small') },
    space: { small: pixels('--space-2'), medium: pixels('--space-3') },
  };
}

/** The colour of series `index`, cycling through the tokens. */
export const seriesColour = (theme: ChartTheme, index: number) => theme.series[index % theme.series.length]!;

const font = (theme: ChartTheme) => ({ family: theme.font.family, size: theme.font.size });

/** An axis of categories (weeks, obstacles, strengths): labels in the page's muted text, no grid lines. */
export function categoryAxis(theme: ChartTheme) {
  return {
    ticks: { color: theme.muted, font: font(theme), maxRotation: 0, autoSkip: true },
    // Each week a slot of its own, in line charts too: one week's point sits over its label.
    offset: true,
    grid: { display: false },
    border: { color: theme.grid },
  };
}

/** A value axis that counts things: whole numbers only (never "0.5 times"), from zero. */
export function countAxis(theme: ChartTheme) {
  return {
    beginAtZero: true,
    ticks: { color: theme.muted, font: font(theme), precision: 0 },
    grid: { color: theme.grid },
    border: { color: theme.grid },
  };
}

/**
 * Options every chart shares: the page's font, colours and spacing, and no animation at all, so
 * nothing moves for anyone who asked for reduced motion (and drawing is quicker for everyone).
 * Missing values are gaps, never joined across. Weeks run along x, counts up y.
 */
export function baseOptions(theme: ChartTheme) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    spanGaps: false,
    color: theme.text,
    layout: { padding: { top: theme.space.small } },
    plugins: {
      legend: {
        labels: {
          color: theme.text,
          font: font(theme),
          boxWidth: theme.font.size,
          boxHeight: theme.font.size,
          padding: theme.space.medium,
        },
      },
      tooltip: { titleFont: font(theme), bodyFont: font(theme), padding: theme.space.small },
    },
    scales: { x: categoryAxis(theme), y: countAxis(theme) },
  };
}

/** Point shapes for line series, in order: lines that cross stay apart without telling colours apart. */
export const POINT_STYLES = ['circle', 'rectRot', 'triangle', 'rect', 'star', 'crossRot'] as const;

/** For line charts: the legend shows each series by its point's shape and colour. */
export function lineOptions(theme: ChartTheme) {
  const options = baseOptions(theme);
  // With point styles the legend's box sizes the shape: kept near the size of the points drawn.
  const mark = Math.round(theme.font.size * 0.6);
  const labels = { ...options.plugins.legend.labels, usePointStyle: true, boxWidth: mark, boxHeight: mark };
  return { ...options, plugins: { ...options.plugins, legend: { labels } } };
}

/** For a chart of one series: its title says what it is, so no legend. */
export function withoutLegend(theme: ChartTheme) {
  const options = baseOptions(theme);
  return { ...options, plugins: { ...options.plugins, legend: { display: false } } };
}

export { Chart, type ChartConfiguration };
