/**
 * The end-to-end tests' time zone. The browsers' alarms need real time, so the clock cannot be
 * faked there; instead each test file starts its browsers (TZ) in a zone where it is about midday
 * now, so that no run comes near a midnight and the day cannot change under a test. Tests work out
 * their days in the same zone, by the calendar (Temporal), never by adding 24 hours.
 */
import { Temporal } from 'temporal-polyfill';

/**
 * A fixed-offset zone (no DST) in which the time at `now` is between 11:30 and 12:30: UTC itself
 * in the hour when that is it. The IANA
 * `Etc/GMT±N` names follow POSIX signs: `Etc/GMT+5` is five hours *behind* UTC.
 */
export function middayZone(now: number = Date.now()): string {
  const date = new Date(now);
  const ahead = Math.round(12 - date.getUTCHours() - date.getUTCMinutes() / 60); // -12 … 12
  // Chromium names `Etc/GMT` "UTC", so a test comparing the browser's zone with this one would fail
  // in the hour when the offset is zero.
  if (ahead === 0) return 'UTC';
  return `Etc/GMT${ahead > 0 ? '-' : '+'}${Math.abs(ahead)}`;
}

/** The zone this test file's browsers run in: chosen once, when the file starts. */
export const TEST_ZONE = middayZone();

// This process keeps the same clock, so that whatever it works out in local time (the sample days
// seeded by the store screenshots, say) is the browsers' day too. Node rereads TZ when it is set.
process.env.TZ = TEST_ZONE;

/** Today in the browsers' zone. */
export function zonedToday(): Temporal.PlainDate {
  return Temporal.Now.plainDateISO(TEST_ZONE);
}

/** The wall-clock time, `HH:MM`, that the browsers read at `instant`. */
export function zonedTime(instant: number): string {
  return Temporal.Instant.fromEpochMilliseconds(instant)
    .toZonedDateTimeISO(TEST_ZONE)
    .toPlainTime()
    .toString({ smallestUnit: 'minute' });
}

/** The browsers' environment: this process's, in the test zone (said outright, not inherited). */
export function zonedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, TZ: TEST_ZONE };
}
