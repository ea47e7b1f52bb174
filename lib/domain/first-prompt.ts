/**
 * When the end-of-day prompt will next really come, in words for the end of setup: "this evening
 * at 17:30", "tomorrow at 17:30", "on Monday at 17:30". Worked out by the prompt schedule's own rule
 * (`occurrence`, so workdays and the review time count exactly as the worker counts them).
 */
import { t } from '../i18n';
import { addDays, dayKey, daysBetween, wallClock, type DayKey } from './days';
import { formatClock, formatDayLong, formatWeekday } from './format';
import { occurrence } from './prompt-schedule';
import type { Settings } from './settings';

/** As far as the schedule itself looks ahead for the next prompt. */
const LOOK_AHEAD_DAYS = 15;

/**
 * The next end-of-day prompt after `now`, or null when none will come (prompts off, no workdays).
 * Days whose review is already written or skipped (`reviewedDays`) ask nothing.
 */
export function nextReviewPromptAt(
  settings: Settings,
  now: number,
  timeZone: string,
  reviewedDays: ReadonlySet<DayKey> = new Set(),
): number | null {
  if (!settings.promptsEnabled) return null;
  const today = dayKey(now, timeZone);
  for (let offset = 0; offset <= LOOK_AHEAD_DAYS; offset++) {
    const day = addDays(today, offset);
    const prompt = occurrence('daily-review', day, settings, timeZone);
    if (prompt && prompt.at > now && !reviewedDays.has(day)) return prompt.at;
  }
  return null;
}

/**
 * "this evening at 17:30", "tomorrow at 17:30", "on Monday 7 December at 17:30"; the time as the
 * locale writes it ("this evening at 5:30 PM" in en-US).
 */
export function describePromptTime(at: number, now: number, timeZone: string, locale?: string): string {
  const clock = wallClock(at, timeZone);
  const time = formatClock(clock.hour, clock.minute, locale);
  const day = dayKey(at, timeZone);
  const ahead = daysBetween(dayKey(now, timeZone), day);
  if (ahead === 0) {
    if (clock.hour >= 17) return t('domain:promptTime.evening', { time });
    return clock.hour >= 12
      ? t('domain:promptTime.afternoon', { time })
      : t('domain:promptTime.morning', { time });
  }
  if (ahead === 1) return t('domain:promptTime.tomorrow', { time });
  const name = ahead < 7 ? formatWeekday(day, locale) : formatDayLong(day, locale);
  return t('domain:promptTime.onDay', { day: name, time });
}
