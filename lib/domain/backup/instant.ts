/** The export time of a backup: an ISO-8601 instant, read strictly. */

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Milliseconds since 1970 of an ISO-8601 instant (`2026-11-25T12:00:00.000Z`, or with an offset
 * such as `+01:00`), or null when the text is not one. Stricter than `Date.parse`, which takes
 * "1" or a date without a zone and rolls 30 February over into March: here every field must read
 * back as written, and a zone is required, so the text names exactly one instant.
 */
export function parseIsoInstant(text: string): number | null {
  const match = ISO_INSTANT.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millis = Number((match[7] ?? '0').padEnd(3, '0'));
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  const readsBack =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  if (!readsBack) return null;
  if (match[8] === undefined) return date.getTime();
  const [offsetHours, offsetMinutes] = [Number(match[9]), Number(match[10])];
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const offset = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return date.getTime() - offset;
}
