/**
 * Accountability scheduling as pure functions: from the settings, the time zone, `now`, which
 * reviews exist and what was already shown, which prompts are due now and when the next one is.
 * The worker only turns the answer into one notification naming everything due (lib/domain/prompt-display)
 * and a one-shot alarm (with its backstop, entrypoints/background/alarms).
 */
import { addDays, dayKey, weekday, zonedTimeToInstant, type DayKey } from './days';
import { isDayOff, type DaysOffRun } from './days-off';
import { isWorkday } from './workdays';
import type { Commitment } from './types';
import { reviewedWeek, weekDays } from './zoom-out-week';
import type { Settings } from './settings';

export type PromptKind = 'morning-plan' | 'daily-review' | 'weekly-review' | 'session-reminder';

export interface Prompt {
  kind: PromptKind;
  /**
   * What the prompt is about: a day for morning and daily prompts, an ISO week for the weekly one,
   * the session's day for the reminder the day before it.
   */
  key: string;
  /** The day the prompt belongs to. */
  day: DayKey;
  /** When it is (or was) due. */
  at: number;
}

/** A prompt without its time: what a notification names and what the state remembers. */
export type PromptRef = Omit<Prompt, 'at'>;

/** A prompt the user snoozed, due again at `until`. */
export interface SnoozedPrompt extends PromptRef {
  until: number;
}

export interface PromptState {
  /** The latest key each kind was shown for: a kind is never shown again for that key or an older one. */
  shown: Partial<Record<PromptKind, string>>;
  /** Prompts the user snoozed (every one a notification named), each due again at its `until`. */
  snoozed: SnoozedPrompt[];
  /** The zone the alarm was computed in; a change means recomputing. */
  timeZone: string | null;
  /** No prompt or catch-up for days before this one (see `firstReviewDay`). */
  firstDay: DayKey | null;
  /** When Flourish first ran; `firstDay` follows from it. Unset for installs dated before it was kept. */
  installedAt?: number | null;
  /** When the prompt alarm was last set for: when it fires, that moment has come, even if early. */
  alarmAt?: number | null;
  /**
   * The prompts of the notification being put on screen: written (with `shown`) just before it is
   * created and cleared just after, so a worker stopped in between knows to look (lib/domain/prompt-display).
   */
  showing?: PromptRef[] | null;
}

/**
 * What pages read of the prompt state: the fields every stored version has kept alike, so a page
 * can read them before the worker has brought an older version's value up to date.
 */
export type PromptStateView = Pick<PromptState, 'timeZone' | 'firstDay' | 'alarmAt' | 'showing'> & {
  shown: Pick<PromptState['shown'], 'daily-review'>;
};

export const EMPTY_PROMPT_STATE: PromptState = {
  shown: {},
  snoozed: [],
  timeZone: null,
  firstDay: null,
  installedAt: null,
  alarmAt: null,
  showing: null,
};

export interface ScheduleFacts {
  /** Days whose daily review is written or skipped. */
  reviewedDays: ReadonlySet<DayKey>;
  /** ISO weeks whose weekly review is written. */
  reviewedWeeks: ReadonlySet<string>;
  /** Days the user planned themselves (no morning prompt needed): see `plannedDays`. */
  plannedDays: ReadonlySet<DayKey>;
  /**
   * The runs of days off around today (none when left out): a day off has no prompt, and on one
   * nothing missed is caught up and no snooze comes back.
   */
  daysOff?: readonly DaysOffRun[];
  /** The next coaching session's day (the latest session's `nextDay`), when one is set. */
  nextSessionDay?: DayKey | null;
}

/**
 * The first day Flourish may ask to review: the install day only if it was installed before that
 * day's review time, so a user setting up at 18:00 is first asked on the next workday.
 */
export function firstReviewDay(installedAt: number, reviewTime: string, timeZone: string): DayKey {
  const day = dayKey(installedAt, timeZone);
  return installedAt < zonedTimeToInstant(day, reviewTime, timeZone) ? day : addDays(day, 1);
}

/**
 * Days with a commitment the user added themselves. Recurring ones (added at midnight) and carried
 * ones (added by yesterday's review) do not count: they are there before anyone planned the day.
 */
export function plannedDays(
  commitments: readonly Pick<Commitment, 'day' | 'recurrenceId' | 'carriedFrom'>[],
): Set<DayKey> {
  return new Set(commitments.filter((c) => !c.recurrenceId && !c.carriedFrom).map((c) => c.day));
}

/** An alarm that fires up to this early still counts (unpacked extensions' alarms can run ahead). */
export const GRACE_MS = 60_000;
/** The weekly zoom-out comes this long after the daily review, so the two never collide. */
export const WEEKLY_OFFSET_MS = 30 * 60_000;
/** How far back a missed daily review still earns a (single) catch-up notification. */
export const CATCH_UP_DAYS = 3;
/** How far ahead to look for the next prompt: past any run of non-workdays. */
const LOOK_AHEAD_DAYS = 15;

const PRIORITY: Record<PromptKind, number> = {
  'daily-review': 0,
  'weekly-review': 1,
  'morning-plan': 2,
  'session-reminder': 3,
};

/** Every kind, in the order the schedule looks at them. */
export const PROMPT_KINDS = ['morning-plan', 'daily-review', 'weekly-review', 'session-reminder'] as const;

/** Whether two prompts are the same one (the same kind, about the same day or week). */
export const samePrompt = (a: PromptRef, b: PromptRef) => a.kind === b.kind && a.key === b.key;

/**
 * Prompts most important first, each once: the most recent daily review, then the weekly zoom-out,
 * then the morning plan, then the reminder of tomorrow's session. A notification naming several opens the first.
 */
export function byImportance<P extends PromptRef>(prompts: readonly P[]): P[] {
  const once = prompts.filter((p, index) => prompts.findIndex((q) => samePrompt(p, q)) === index);
  return once.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.key.localeCompare(a.key));
}

/**
 * The prompt of one kind that `day` has, when it has one. The session reminder comes at the review
 * time of the day before the next session (`nextSessionDay`), workday or not, unless turned off.
 */
export function occurrence(
  kind: PromptKind,
  day: DayKey,
  settings: Settings,
  timeZone: string,
  nextSessionDay?: DayKey | null,
): Prompt | null {
  if (kind === 'session-reminder') {
    if (settings.sessionReminder === false || !nextSessionDay || addDays(nextSessionDay, -1) !== day)
      return null;
    return { kind, key: nextSessionDay, day, at: zonedTimeToInstant(day, settings.reviewTime, timeZone) };
  }
  const workday = isWorkday(day, settings);
  if (kind === 'daily-review') {
    return workday
      ? { kind, key: day, day, at: zonedTimeToInstant(day, settings.reviewTime, timeZone) }
      : null;
  }
  if (kind === 'morning-plan') {
    if (!workday || settings.morningTime === null) return null;
    return { kind, key: day, day, at: zonedTimeToInstant(day, settings.morningTime, timeZone) };
  }
  if (settings.weeklyReviewDay === null || weekday(day) !== settings.weeklyReviewDay) return null;
  const at = zonedTimeToInstant(day, settings.reviewTime, timeZone) + WEEKLY_OFFSET_MS;
  return { kind, key: reviewedWeek(day), day, at };
}

/**
 * True when the user has done what the prompt asks: the review written or skipped, the day planned.
 * A session reminder is over once its session is no longer the next one (it was moved, or recorded).
 */
export function answered(prompt: PromptRef, facts: ScheduleFacts): boolean {
  if (prompt.kind === 'session-reminder') return facts.nextSessionDay !== prompt.key;
  if (prompt.kind === 'daily-review') return facts.reviewedDays.has(prompt.day);
  if (prompt.kind === 'weekly-review') return facts.reviewedWeeks.has(prompt.key);
  return facts.plannedDays.has(prompt.day);
}

/** True when nothing is left to ask: shown already, answered, or before Flourish was installed. */
function settled(prompt: Prompt, facts: ScheduleFacts, state: PromptState): boolean {
  const shown = state.shown[prompt.kind];
  if (shown !== undefined && shown >= prompt.key) return true;
  if (state.firstDay !== null && prompt.day < state.firstDay) return true;
  // A Monday zoom-out looks back on last week: nothing to zoom out on if that was before Flourish.
  const week = prompt.kind === 'weekly-review' ? weekDays(prompt.key) : null;
  if (week && state.firstDay !== null && week.sunday < state.firstDay) return true;
  return answered(prompt, facts);
}

/**
 * A missed prompt still worth showing late: recent reviews, this week's zoom-out, a plan for the day
 * still ahead, a reminder of a session not yet past.
 */
function worthCatchingUp(
  prompt: Prompt,
  today: DayKey,
  now: number,
  settings: Settings,
  timeZone: string,
): boolean {
  if (prompt.kind === 'daily-review') return prompt.day >= addDays(today, -CATCH_UP_DAYS);
  if (prompt.kind === 'weekly-review') return prompt.key === reviewedWeek(today);
  if (prompt.kind === 'session-reminder') return prompt.key >= today;
  return prompt.day === today && now < zonedTimeToInstant(today, settings.reviewTime, timeZone);
}

interface ScheduleInput {
  settings: Settings;
  timeZone: string;
  now: number;
  facts: ScheduleFacts;
  state: PromptState;
}

/** The morning hour a reminder moved off a day off comes at, when there is no morning prompt. */
const REMINDER_MORNING = '08:00';

/**
 * A session whose day before is a day off is reminded of on its own morning instead (at the
 * morning prompt's time, or 08:00): a day off asks nothing, and the prep still comes before it.
 */
function reminderAfterDayOff(
  day: DayKey,
  settings: Settings,
  timeZone: string,
  facts: ScheduleFacts,
): Prompt | null {
  const session = facts.nextSessionDay;
  if (settings.sessionReminder === false || !session || day !== session) return null;
  if (!isDayOff(addDays(session, -1), facts.daysOff ?? [])) return null;
  const time = settings.morningTime ?? REMINDER_MORNING;
  return { kind: 'session-reminder', key: session, day, at: zonedTimeToInstant(day, time, timeZone) };
}

function candidates({ settings, timeZone, now, facts, state }: ScheduleInput): Prompt[] {
  if (!settings.promptsEnabled) return [];
  const today = dayKey(now, timeZone);
  // On a day off nothing is asked: a prompt missed before it waits on the badge, not in a notification.
  const daysOff = facts.daysOff ?? [];
  const resting = isDayOff(today, daysOff);
  const found: Prompt[] = [];
  for (let offset = -CATCH_UP_DAYS - 1; offset <= LOOK_AHEAD_DAYS; offset++) {
    const day = addDays(today, offset);
    if (isDayOff(day, daysOff)) continue;
    for (const kind of PROMPT_KINDS) {
      const prompt =
        occurrence(kind, day, settings, timeZone, facts.nextSessionDay) ??
        (kind === 'session-reminder' ? reminderAfterDayOff(day, settings, timeZone, facts) : null);
      if (!prompt || settled(prompt, facts, state)) continue;
      if (prompt.at <= now + GRACE_MS) {
        const late = prompt.at < now - GRACE_MS;
        if (late && (resting || !worthCatchingUp(prompt, today, now, settings, timeZone))) continue;
        found.push({ ...prompt, at: Math.min(prompt.at, now) });
      } else {
        found.push(prompt);
      }
    }
  }
  for (const snoozed of resting ? [] : state.snoozed) {
    const back = { kind: snoozed.kind, key: snoozed.key, day: snoozed.day, at: snoozed.until };
    // Its own occurrence was shown already: only an answer (or a day too old) ends the snooze.
    if (settled(back, facts, { ...state, shown: {} }) || snoozed.day < addDays(today, -CATCH_UP_DAYS))
      continue;
    found.push(back);
  }
  return found;
}

/**
 * The prompts due now (within the grace minute), most important first (`byImportance`). The
 * caller shows them all in one notification that names each, and marks them all shown, so waking
 * after a long sleep gives one notification, not a pile, and drops none.
 */
export function duePrompts(input: ScheduleInput): Prompt[] {
  return byImportance(candidates(input).filter((prompt) => prompt.at <= input.now + GRACE_MS));
}

/** The next prompt still to come (after the grace minute), for the one-shot alarm; null for none. */
export function nextPrompt(input: ScheduleInput): Prompt | null {
  const upcoming = candidates(input).filter((prompt) => prompt.at > input.now + GRACE_MS);
  upcoming.sort((a, b) => a.at - b.at || PRIORITY[a.kind] - PRIORITY[b.kind]);
  return upcoming[0] ?? null;
}

/** The state after showing `prompts`: each kind remembers its newest key, and their snoozes end. */
export function markShown<P extends PromptRef>(state: PromptState, prompts: readonly P[]): PromptState {
  const shown = { ...state.shown };
  for (const prompt of prompts) {
    const previous = shown[prompt.kind];
    if (previous === undefined || prompt.key > previous) shown[prompt.kind] = prompt.key;
  }
  const snoozed = state.snoozed.filter((s) => !prompts.some((p) => samePrompt(p, s)));
  return { ...state, shown, snoozed };
}

/** The state after the user snoozes a notification naming `prompts` for `minutes`: each comes back then. */
export function snooze(
  state: PromptState,
  prompts: readonly PromptRef[],
  now: number,
  minutes: number,
): PromptState {
  const until = now + minutes * 60_000;
  const others = state.snoozed.filter((s) => !prompts.some((p) => samePrompt(p, s)));
  return {
    ...state,
    snoozed: [...others, ...prompts.map(({ kind, key, day }) => ({ kind, key, day, until }))],
  };
}
