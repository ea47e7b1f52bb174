/**
 * A second calendar for tests' expectations: Temporal's (temporal-polyfill), written apart from
 * lib/domain/days.ts, so a test that checks Flourish's day and zone arithmetic never takes its expected
 * values from the code it checks. See docs/design-notes.md.
 */
import { Temporal } from 'temporal-polyfill';

/** The local day, `YYYY-MM-DD`, at `instant` (epoch milliseconds) in `timeZone`. */
export function localDay(instant: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

/** The instant the wall clock in `timeZone` reads `time` (`HH:MM`) on `day`. */
export function localInstant(day: string, time: string, timeZone: string): number {
  return Temporal.PlainDate.from(day).toZonedDateTime({ timeZone, plainTime: time }).epochMilliseconds;
}

/** Every day from `from` to `to`, both included. */
export function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  const last = Temporal.PlainDate.from(to);
  for (
    let day = Temporal.PlainDate.from(from);
    Temporal.PlainDate.compare(day, last) <= 0;
    day = day.add({ days: 1 })
  )
    days.push(day.toString());
  return days;
}

/** Every Monday to Friday from `from` to `to`, both included. */
export function weekdaysFrom(from: string, to: string): string[] {
  return daysFrom(from, to).filter((day) => Temporal.PlainDate.from(day).dayOfWeek <= 5);
}

/** The day `n` calendar days after `day`. */
export function plusDays(day: string, n: number): string {
  return Temporal.PlainDate.from(day).add({ days: n }).toString();
}
