/**
 * Alarm names and the idempotent "make sure this alarm is set for this instant" step every
 * worker start runs. One-shot alarms only (`when`), recomputed each time they fire: a
 * `periodInMinutes: 1440` alarm drifts across DST changes and after sleep.
 */
import type { Browser } from 'wxt/browser';

export const ALARMS = {
  /** Local midnight: today's recurring commitments and the badge for the new day. */
  dayStart: 'flourish:day-start',
  /** The next accountability prompt (morning plan, daily review, weekly zoom-out, or a snooze). */
  prompt: 'flourish:prompt',
  /**
   * `BACKSTOP_MS` after the prompt alarm, and handled the same way: a browser delivers an alarm
   * once, so if the worker is stopped just after the prompt alarm woke it, this one still brings
   * the prompt. Every look sets it `BACKSTOP_MS` ahead before writing anything, so a look stopped
   * half-way is followed by another; a look that ends moves it on to `BACKSTOP_MS` after the next
   * prompt, so normally it never fires.
   */
  promptBackstop: 'flourish:prompt-backstop',
  /**
   * The next sync pass, while sync is on: when a write waits for the rate limits, else within
   * `SYNC_BACKSTOP_MS`, so a change no page told the worker of still travels.
   */
  sync: 'flourish:sync',
} as const;

/** How long after the prompt alarm its backstop fires. */
export const BACKSTOP_MS = 60_000;

export type AlarmName = (typeof ALARMS)[keyof typeof ALARMS];

export interface AlarmsApi {
  get(name: string): Promise<Browser.alarms.Alarm | undefined>;
  create(name: string, info: Browser.alarms.AlarmCreateInfo): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

/** Sets alarm `name` to fire at `when` unless it already does; null clears it. Returns whether it changed. */
export async function ensureAlarm(alarms: AlarmsApi, name: AlarmName, when: number | null): Promise<boolean> {
  const existing = await alarms.get(name);
  if (when === null) {
    if (!existing) return false;
    await alarms.clear(name);
    return true;
  }
  if (existing && existing.scheduledTime === when && !existing.periodInMinutes) return false;
  await alarms.create(name, { when });
  return true;
}
