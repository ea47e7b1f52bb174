import { browser } from 'wxt/browser';
import { ALARMS, ensureAlarm } from './alarms';
import { refreshBadge } from './badge';
import { localTimeZone, today } from '../../lib/platform/clock';
import { addDays, startOfDay } from '../../lib/domain/days';
import { ensureRecurringCommitments } from '../../lib/store/db/recurrences';
import { enqueue } from './queue';

/** Readies today: adds recurring commitments, refreshes the badge, and sets the next midnight alarm; queued. */
export function startDay(now?: number, timeZone?: string): Promise<void> {
  return enqueue(() => readyDay(now ?? Date.now(), timeZone ?? localTimeZone()));
}

/** The same, not queued: for a job already running in the queue. */
export async function readyDay(now: number, timeZone: string): Promise<void> {
  const day = today(now, timeZone);
  await ensureRecurringCommitments(day);
  await refreshBadge(browser.action, now, timeZone);
  await ensureAlarm(browser.alarms, ALARMS.dayStart, startOfDay(addDays(day, 1), timeZone));
}
