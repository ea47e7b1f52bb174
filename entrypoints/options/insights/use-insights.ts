import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { usePromptState, useSettings } from '../../../components/use-storage-items';
import { localTimeZone } from '../../../lib/platform/clock';
import { useToday } from '../../../components/use-today';
import { computeInsights, type Insights } from '../../../lib/domain/insights';
import type { PeriodId } from '../../../lib/domain/insights/period';
import { loadPeriod } from './load-period';

/** The insights of a period and its range, once read and worked out; undefined until then. */
export function useInsights(period: PeriodId) {
  const today = useToday();
  const settings = useSettings();
  const installDay = usePromptState()?.firstDay;
  const data = useLiveQuery(
    () =>
      settings && installDay !== undefined ? loadPeriod(period, today, settings, installDay) : undefined,
    [period, today, settings, installDay],
  );
  const [computed, setComputed] = useState<{ insights: Insights; for: unknown } | null>(null);

  // The figures are worked out in a task of their own, after the data has arrived and before the
  // charts are drawn: three shorter tasks rather than one long one that freezes the page.
  useEffect(() => {
    if (!data || !settings) return;
    const timer = setTimeout(() => {
      performance.mark('flourish:insights-start');
      const insights = computeInsights({
        ...data,
        ...data.range,
        today,
        settings: { ...settings, daysOff: data.daysOff },
        timeZone: localTimeZone(),
      });
      performance.measure('flourish:insights-compute', 'flourish:insights-start');
      setComputed({ insights, for: data });
    }, 0);
    return () => clearTimeout(timer);
  }, [data, settings, today]);
  const insights = computed && computed.for === data ? computed.insights : undefined;

  return insights && data
    ? { insights, range: data.range, startsAtFirstDay: data.startsAtFirstDay }
    : undefined;
}
