/**
 * Keeps this device's writes under `storage.sync`'s rate limits: half of them, so a burst of
 * another device's and a removal after a write still fit. Pure: the caller keeps the times of its
 * writes and the clock.
 */
import { SYNC_LIMITS } from './wire';

const MINUTE = 60_000;
const HOUR = 3_600_000;
export const RATE = {
  perMinute: SYNC_LIMITS.writesPerMinute / 2,
  perHour: SYNC_LIMITS.writesPerHour / 2,
};

/** The write times still worth keeping: those of the last hour. */
export const recentWrites = (writes: readonly number[], now: number) =>
  writes.filter((time) => time > now - HOUR && time <= now);

/** When the next write may go: `now`, or the moment the oldest write in the way falls out of its window. */
export function nextWriteAt(writes: readonly number[], now: number): number {
  const recent = recentWrites(writes, now).sort((a, b) => a - b);
  const lastMinute = recent.filter((time) => time > now - MINUTE);
  let at = now;
  if (lastMinute.length >= RATE.perMinute)
    at = Math.max(at, lastMinute[lastMinute.length - RATE.perMinute]! + MINUTE);
  if (recent.length >= RATE.perHour) at = Math.max(at, recent[recent.length - RATE.perHour]! + HOUR);
  return at;
}
