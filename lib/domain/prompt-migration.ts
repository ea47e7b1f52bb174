/**
 * The stored prompt state as older versions of Flourish wrote it, brought up to date. Pure: the
 * storage item (entrypoints/background/prompt-state) runs it once, with the settings and the clock.
 */
import { addDays, dayKey, isoWeekKey, weekKeyStart, type WeekKey } from './days';
import { reviewedWeek } from './zoom-out-week';
import { EMPTY_PROMPT_STATE, occurrence, type PromptState, type SnoozedPrompt } from './prompt-schedule';
import type { Settings } from './settings';

/**
 * The key of the latest weekly zoom-out due at or before `now`. Flourish never shows a zoom-out
 * before it is due, so no key it stores is later than this one.
 */
export function latestWeeklyKey(settings: Settings, timeZone: string, now: number): WeekKey {
  const today = dayKey(now, timeZone);
  for (let offset = 0; offset <= 7; offset++) {
    const prompt = occurrence('weekly-review', addDays(today, -offset), settings, timeZone);
    if (prompt && prompt.at <= now) return prompt.key;
  }
  // No weekly zoom-out set: no key is later than the week a zoom-out today would look back on.
  return reviewedWeek(today);
}

/** The ISO week before `week` (a malformed key is returned as it is). */
function weekBefore(week: WeekKey): WeekKey {
  const monday = weekKeyStart(week);
  return monday === null ? week : isoWeekKey(addDays(monday, -7));
}

type StoredV1 = Partial<Omit<PromptState, 'snoozed'>> & { snoozed?: SnoozedPrompt | SnoozedPrompt[] | null };

/**
 * Any stored state (of version 1 or 2) in the current shape: defaults for fields an older version
 * did not store, and a snooze as a list (version 1 kept one snoozed prompt, or null).
 */
export function completePromptState(stored: unknown): PromptState {
  const value = (stored ?? {}) as StoredV1;
  const snoozed = value.snoozed ? (Array.isArray(value.snoozed) ? value.snoozed : [value.snoozed]) : [];
  return { ...EMPTY_PROMPT_STATE, ...value, shown: { ...value.shown }, snoozed };
}

/**
 * Version 1 to 2. Version 1 keyed a weekly zoom-out by the ISO week of its day; since version 2 a
 * zoom-out held on Monday to Wednesday is keyed by the week it looks back on (lib/domain/zoom-out-week),
 * one week earlier. Left as it was, "shown: 2026-W49" after Monday 30 November's zoom-out would
 * read as if next Monday's (now keyed 2026-W49) had been shown already, and skip it.
 *
 * An old key is told from a new one by being later than any key the new rule gives so far
 * (`latestWeeklyKey`); that holds exactly for the keys that changed, as long as the zoom-out day
 * was not moved between the old version showing it and the update. The same goes for a snoozed
 * zoom-out. Daily and morning keys (days) did not change.
 */
export function promptStateV2(
  stored: unknown,
  settings: Settings,
  timeZone: string,
  now: number,
): PromptState {
  const state = completePromptState(stored);
  const latest = latestWeeklyKey(settings, timeZone, now);
  const rekey = (week: string) => (week > latest ? weekBefore(week) : week);
  const weekly = state.shown['weekly-review'];
  return {
    ...state,
    shown: weekly === undefined ? state.shown : { ...state.shown, 'weekly-review': rekey(weekly) },
    snoozed: state.snoozed.map((s) => (s.kind === 'weekly-review' ? { ...s, key: rekey(s.key) } : s)),
  };
}
