import { useEffect, useState } from 'react';
import { today } from '../lib/clock';

/** Today's day key, re-rendering when the local date changes (midnight, or waking from sleep). */
export function useToday(): string {
  const [day, setDay] = useState(today);
  useEffect(() => {
    // A minute's granularity is cheap and also catches sleep and time-zone changes.
    const timer = setInterval(() => setDay(today()), 60_000);
    const onVisible = () => setDay(today());
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return day;
}
