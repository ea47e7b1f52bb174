import { useEffect, useState } from 'react';
import { today } from '../lib/platform/clock';

/** The current time, refreshed every minute and when the page becomes visible again (after sleep). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, 60_000);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, []);
  return now;
}

/** Today's day key, re-rendering when the local date changes (midnight, waking from sleep, travel). */
export function useToday(): string {
  return today(useNow());
}
