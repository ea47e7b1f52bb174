/** Where "carry" sends a commitment the review marked not done: forward, never into the past. */
import { addDays, type DayKey } from './days';
import { MAX_DAYS_OFF_SPAN } from './days-off';
import { isWorkday, type WorkdayRule } from './workdays';

/** How far ahead to look for a workday: past a week without one, and past the longest run of days off. */
const LOOK_AHEAD_DAYS = 7 + MAX_DAYS_OFF_SPAN;

/** The first workday on or after `day`, passing over days off (`day` itself when none is found). */
export function workdayOnOrAfter(day: DayKey, settings: WorkdayRule): DayKey {
  for (let offset = 0; offset < LOOK_AHEAD_DAYS; offset++) {
    const candidate = addDays(day, offset);
    if (isWorkday(candidate, settings)) return candidate;
  }
  return day;
}

/**
 * The day a commitment from `reviewedDay` is carried to: the next workday after it, or, when the
 * review is written days late and that day has passed, the first workday from today on.
 */
export function carryTarget(reviewedDay: DayKey, today: DayKey, settings: WorkdayRule): DayKey {
  const next = workdayOnOrAfter(addDays(reviewedDay, 1), settings);
  return next >= today ? next : workdayOnOrAfter(today, settings);
}
