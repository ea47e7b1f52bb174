/**
 * The only place that reads the machine's clock and time zone. Everything else takes `now` and
 * the zone as parameters (see lib/domain/days.ts).
 */
import { dayKey, type DayKey } from '../domain/days';

/** The IANA time zone the browser runs in, e.g. Europe/London. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Today's local day key. */
export function today(now: number = Date.now(), timeZone: string = localTimeZone()): DayKey {
  return dayKey(now, timeZone);
}
