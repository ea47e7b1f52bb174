/** Where "carry" sends a commitment the review marked not done: forward, never into the past. */
import { addDays, type DayKey } from './days';
import { isWorkday, type WorkdayRule } from './workdays';

/** The first workday on or after `day` (any day when no workdays are set). */
export function workdayOnOrAfter(day: DayKey, settings: WorkdayRule): DayKey {
  for (let offset = 0; offset < 7; offset++) {
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
