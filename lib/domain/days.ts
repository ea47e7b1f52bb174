/**
 * Calendar maths. Every function is pure: the instant (`now`, epoch milliseconds) and the IANA
 * time zone are parameters, never read from the machine, so DST days, midnight and travel are
 * testable. A *day* is the leader's local calendar date, written `YYYY-MM-DD`.
 */

/** A local calendar date, `YYYY-MM-DD`. */
export type DayKey = string;

/** An ISO-8601 week, `YYYY-Www`. */
export type WeekKey = string;

/** Day of the week as JavaScript numbers it: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading in `timeZone` at `instant`. */
export function wallClock(instant: number, timeZone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function keyOf(year: number, month: number, day: number): DayKey {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The local day of `instant` in `timeZone`. */
export function dayKey(instant: number, timeZone: string): DayKey {
  const { year, month, day } = wallClock(instant, timeZone);
  return keyOf(year, month, day);
}

const DAY_KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month and day of a day key, or null when it is not a real date (2026-02-30). */
export function parseDayKey(key: string): { year: number; month: number; day: number } | null {
  const match = DAY_KEY_PATTERN.exec(key);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Not Date.UTC(year, …): it reads years 0–99 as 1900–1999, so 0001-01-01 would not be itself.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

/** True when `value` is a `YYYY-MM-DD` string naming a real calendar date. */
export function isDayKey(value: unknown): value is DayKey {
  return typeof value === 'string' && parseDayKey(value) !== null;
}

/** The instant of midnight UTC that starts `key`: the day as a point on a calendar, not in a zone. */
export function toUtcMidnight(key: DayKey): number {
  const parts = parseDayKey(key);
  if (!parts) throw new RangeError(`Not a calendar date: ${key}`);
  return new Date(0).setUTCFullYear(parts.year, parts.month - 1, parts.day);
}

function fromUtcMidnight(ms: number): DayKey {
  const date = new Date(ms);
  return keyOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The day `n` calendar days after `key` (before, when `n` is negative). */
export function addDays(key: DayKey, n: number): DayKey {
  return fromUtcMidnight(toUtcMidnight(key) + n * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/** The weekday of a day, 0 = Sunday … 6 = Saturday. */
export function weekday(key: DayKey): Weekday {
  return new Date(toUtcMidnight(key)).getUTCDay() as Weekday;
}

/** The Monday that starts the ISO week containing `key`. */
export function isoWeekStart(key: DayKey): DayKey {
  const isoDay = (weekday(key) + 6) % 7; // Monday 0 … Sunday 6
  return addDays(key, -isoDay);
}

/** The ISO-8601 week of a day, e.g. 2026-W53 for 2026-12-31. */
export function isoWeekKey(key: DayKey): WeekKey {
  // The ISO year is the year of the week's Thursday.
  const thursday = addDays(isoWeekStart(key), 3);
  const isoYear = Number(thursday.slice(0, 4));
  const firstThursday = addDays(isoWeekStart(`${pad(isoYear, 4)}-01-04`), 3);
  const week = daysBetween(firstThursday, thursday) / 7 + 1;
  return `${pad(isoYear, 4)}-W${pad(week)}`;
}

/** The Monday that starts an ISO week key, or null when the key is malformed. */
export function weekKeyStart(week: WeekKey): DayKey | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return null;
  const monday = addDays(isoWeekStart(`${match[1]}-01-04`), (Number(match[2]) - 1) * 7);
  return isoWeekKey(monday) === week ? monday : null;
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function dayRange(from: DayKey, to: DayKey): DayKey[] {
  const days: DayKey[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Minutes after midnight of an `HH:MM` time, or null when it is not one. */
export function parseTime(time: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Minutes that `timeZone` is ahead of UTC at `instant` (New York in winter: -300). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE_MS);
}

/**
 * The instant at which the wall clock in `timeZone` reads `time` on `day`.
 *
 * On a spring-forward day a time inside the skipped hour does not exist; it moves forward by the
 * gap (02:30 in New York becomes 03:30 EDT), as Temporal's "compatible" disambiguation does. On a
 * fall-back day a time inside the repeated hour happens twice; the first occurrence is returned.
 */
export function zonedTimeToInstant(day: DayKey, time: string, timeZone: string): number {
  const minutes = parseTime(time);
  if (minutes === null) throw new RangeError(`Not an HH:MM time: ${time}`);
  const asUtc = toUtcMidnight(day) + minutes * MINUTE_MS;
  const before = offsetMinutes(asUtc - DAY_MS, timeZone);
  const after = offsetMinutes(asUtc + DAY_MS, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => asUtc - offset * MINUTE_MS)
    .filter((instant) => {
      const c = wallClock(instant, timeZone);
      return keyOf(c.year, c.month, c.day) === day && c.hour * 60 + c.minute === minutes;
    });
  if (matches.length > 0) return Math.min(...matches);
  return asUtc - before * MINUTE_MS;
}

/** The instant of local midnight that starts `day` in `timeZone`. */
export function startOfDay(day: DayKey, timeZone: string): number {
  return zonedTimeToInstant(day, '00:00', timeZone);
}
