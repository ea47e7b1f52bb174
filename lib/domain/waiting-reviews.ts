/**
 * Which daily reviews are waiting: workdays whose review time has passed and that have no review
 * (written or skipped). Shown in the popup, on the new tab and on the badge, never as a pile:
 * the last few days one by one, anything older as a single "review or skip".
 */
import { addDays, dayKey, zonedTimeToInstant, type DayKey } from './days';
import type { Settings } from './settings';
import { isWorkday, type WorkdayRule } from './workdays';

/** Days older than this are not waiting any more; they simply were not reviewed. */
export const PENDING_WINDOW_DAYS = 14;
/** Pending days within this many days are offered one by one; older ones together. */
export const RECENT_DAYS = 3;

interface PendingInput {
  settings: WorkdayRule & Pick<Settings, 'reviewTime'>;
  timeZone: string;
  now: number;
  reviewedDays: ReadonlySet<DayKey>;
  /** The day Flourish was installed: nothing before it is waiting (unknown: only today can be). */
  firstDay: DayKey | null;
  /** The latest day whose review prompt was shown: once asked, today's review waits even if early. */
  promptedThrough?: DayKey;
}

/** Days waiting for their review, newest first. */
export function pendingReviewDays({
  settings,
  timeZone,
  now,
  reviewedDays,
  firstDay,
  promptedThrough,
}: PendingInput): DayKey[] {
  const today = dayKey(now, timeZone);
  const since = firstDay ?? today;
  const pending: DayKey[] = [];
  for (let offset = 0; offset <= PENDING_WINDOW_DAYS; offset++) {
    const day = addDays(today, -offset);
    if (day < since) break;
    if (!isWorkday(day, settings) || reviewedDays.has(day)) continue;
    const asked = promptedThrough !== undefined && promptedThrough >= day;
    if (offset === 0 && !asked && now < zonedTimeToInstant(day, settings.reviewTime, timeZone)) continue;
    pending.push(day);
  }
  return pending;
}

/** Splits pending days into the recent ones (offered one by one) and the older ones (offered together). */
export function splitPending(
  pending: readonly DayKey[],
  today: DayKey,
): { recent: DayKey[]; older: DayKey[] } {
  const cutoff = addDays(today, -RECENT_DAYS);
  return { recent: pending.filter((day) => day >= cutoff), older: pending.filter((day) => day < cutoff) };
}
