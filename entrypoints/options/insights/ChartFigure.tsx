import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, currentTheme, type ChartConfiguration, type ChartTheme } from './charts';
import { DataTable, type TableData } from './DataTable';

interface ChartFigureProps {
  title: string;
  /** One or two sentences saying what the chart shows: its accessible description. */
  summary: string;
  config: (theme: ChartTheme) => ChartConfiguration;
  /** The same data as a table: the text alternative for screen readers, and for anyone who wants numbers. */
  table: TableData;
  height?: number;
  children?: ReactNode;
}

/** Re-renders when the colour scheme changes, so a chart is never dark-on-dark. */
function useTheme(): ChartTheme {
  const [theme, setTheme] = useState(currentTheme);
  useEffect(() => {
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setTheme(currentTheme());
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return theme;
}

/** A chart with a heading, a spoken summary, and its numbers in a table. */
export function ChartFigure({ title, summary, config, table, height = 240, children }: ChartFigureProps) {
  const { t, i18n } = useTranslation('insights');
  const id = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useTheme();
  // The table is built when opened: ten years of weeks is hundreds of rows nobody may ask for.
  const [open, setOpen] = useState(false);

  // Drawn again in another language too: the series' names and the axes' numbers are words.
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    // Each chart is drawn in a task of its own, so opening Insights never blocks the page for long.
    let chart: Chart | undefined;
    const timer = setTimeout(() => {
      chart = new Chart(element, config(theme));
      // Read by `npm run bench`: one mark per chart drawn.
      performance.mark('flourish:chart-drawn');
    }, 0);
    return () => {
      clearTimeout(timer);
      chart?.destroy();
    };
  }, [config, theme, i18n.language]);

  return (
    <figure className="card chart-figure" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="hint">{summary}</p>
      <div className="chart-canvas" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={`${title}. ${summary}`} />
      </div>
      {children}
      <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('table.show')}</summary>
        {open && <DataTable {...table} />}
      </details>
    </figure>
  );
}
