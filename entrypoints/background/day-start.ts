import { browser } from 'wxt/browser';
import { ALARMS, ensureAlarm } from '../../lib/alarms';
import { refreshBadge } from '../../lib/badge';
import { localTimeZone, today } from '../../lib/clock';
import { addDays, startOfDay } from '../../lib/days';
import { ensureRecurringCommitments } from '../../lib/db/recurrences';

/** Readies today: adds recurring commitments, refreshes the badge, and sets the next midnight alarm. */
export async function startDay(now: number = Date.now(), timeZone: string = localTimeZone()): Promise<void> {
  const day = today(now, timeZone);
  await ensureRecurringCommitments(day);
  await refreshBadge(browser.action, day);
  await ensureAlarm(browser.alarms, ALARMS.dayStart, startOfDay(addDays(day, 1), timeZone));
}
