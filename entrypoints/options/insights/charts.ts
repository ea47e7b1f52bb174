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

/** Okabe & Ito's palette: distinguishable with every common colour-vision deficiency. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  dark: boolean;
  reducedMotion: boolean;
}

/** The current colours of the page (they change with prefers-color-scheme). */
export function currentTheme(): ChartTheme {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: token('--text'),
    muted: token('--muted'),
    grid: token('--border'),
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
  };
}

/** Options every chart shares: themed axes, no animation (it costs time and some people get sick). */
export function baseOptions(theme: ChartTheme): NonNullable<ChartConfiguration['options']> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: theme.text,
    plugins: { legend: { labels: { color: theme.text } } },
    scales: {
      x: { ticks: { color: theme.muted, maxRotation: 0, autoSkip: true }, grid: { color: theme.grid } },
      y: { ticks: { color: theme.muted }, grid: { color: theme.grid }, beginAtZero: true },
    },
  };
}

export { Chart, type ChartConfiguration };
