/**
 * The accountability loop in the worker: work out what is due and what comes next (lib/domain/prompt-schedule),
 * show everything due in one notification (lib/domain/prompt-display), keep the prompt alarm and its
 * backstop, and clear notifications nobody needs any more. Every decision is in lib/; this file
 * reads state, calls it, and writes the result.
 */
import { browser } from 'wxt/browser';
import { ALARMS, BACKSTOP_MS, ensureAlarm } from './alarms';
import { refreshBadge } from './badge';
import { localTimeZone } from '../../lib/platform/clock';
import { addDays, dayKey, isoWeekKey, type DayKey } from '../../lib/domain/days';
import { commitmentsBetween, commitmentsForDay } from '../../lib/store/db/commitments';
import { finishedReviewDays, reviewsBetween } from '../../lib/store/db/reviews';
import { finishedWeeks } from '../../lib/store/db/weekly-reviews';
import { daysOffFrom } from '../../lib/store/db/days-off';
import { nextSessionDay } from '../../lib/store/db/next-session';
import { getProfile } from '../../lib/store/db/profile';
import { formatWeekday } from '../../lib/domain/format';
import { weekSummary } from '../../lib/domain/insights/week-summary';
import {
  notificationId,
  promptsOf,
  promptsToShowAgain,
  shownBeforeStopping,
  staleNotifications,
  stillWaiting,
  type PromptList,
} from '../../lib/domain/prompt-display';
import { getPromptState, promptStateItem } from './prompt-state';
import { notificationText, type PromptFacts, type PromptText } from '../../lib/domain/prompt-text';
import { isLastWeek, weekDays } from '../../lib/domain/zoom-out-week';
import {
  byImportance,
  duePrompts,
  firstReviewDay,
  markShown,
  nextPrompt,
  plannedDays,
  type PromptRef,
  type PromptState,
  type ScheduleFacts,
} from '../../lib/domain/prompt-schedule';
import { getSettings } from '../../lib/store/storage-items';
import { readyDay } from './day-start';
import { notificationOptions, SUPPORTS_BUTTONS } from './notification';
import { enqueue } from './queue';
import { speakLanguageOf } from './language';

/** What the scheduler needs from the database around `today`. */
export async function scheduleFacts(today: DayKey): Promise<ScheduleFacts> {
  const from = addDays(today, -20);
  const [reviewedDays, reviewedWeeks, planned, daysOff, nextSession] = await Promise.all([
    finishedReviewDays(from),
    finishedWeeks(isoWeekKey(from)),
    commitmentsBetween(from, addDays(today, 20)),
    daysOffFrom(from),
    nextSessionDay(),
  ]);
  return {
    reviewedDays,
    reviewedWeeks,
    plannedDays: plannedDays(planned),
    daysOff,
    nextSessionDay: nextSession,
  };
}

/**
 * What a prompt says was done: of the day's commitments (all of them, the open ones being what the
 * review asks about), or of the week as the weekly review page counts it, so the two agree.
 */
async function promptFacts(prompt: PromptRef, today: DayKey): Promise<PromptFacts> {
  if (prompt.kind === 'session-reminder') {
    const day = prompt.key;
    const dayName = day === today ? 'today' : day === addDays(today, 1) ? 'tomorrow' : formatWeekday(day);
    const coach = (await getProfile())?.coachName?.trim();
    return { kind: prompt.kind, dayName, done: 0, total: 0, ...(coach && { coach }) };
  }
  const named = {
    kind: prompt.kind,
    dayName: prompt.day === today ? 'today' : formatWeekday(prompt.day),
    lastWeek: prompt.kind === 'weekly-review' && isLastWeek(prompt.key, today),
  };
  const week = prompt.kind === 'weekly-review' ? weekDays(prompt.key) : null;
  if (!week) {
    const counted = (await commitmentsForDay(prompt.day)).filter((c) => c.status !== 'dropped');
    return { ...named, done: counted.filter((c) => c.status === 'done').length, total: counted.length };
  }
  const [commitments, reviews] = await Promise.all([
    commitmentsBetween(week.monday, week.sunday),
    reviewsBetween(week.monday, week.sunday),
  ]);
  const { done, total } = weekSummary(commitments, reviews, today);
  return { ...named, done, total };
}

async function textFor(prompts: PromptList, today: DayKey): Promise<PromptText> {
  const [first, ...others] = prompts;
  return notificationText([
    await promptFacts(first, today),
    ...(await Promise.all(others.map((p) => promptFacts(p, today)))),
  ]);
}

/** Shows what is due (one notification at most) and sets the alarms for what comes next; queued. */
export function reschedule(now?: number, timeZone?: string): Promise<void> {
  return enqueue(() => evaluate(now ?? Date.now(), timeZone ?? localTimeZone()));
}

/** How early a prompt alarm may fire and still count as its moment having come. */
export const EARLY_ALARM_MS = 5 * 60_000;

/**
 * The prompt alarm (or its backstop) fired: the moment it was set for has come, even when the
 * browser runs it a little early (unpacked extensions' alarms can fire ahead), so evaluate as of
 * that moment. An alarm far from its moment (a stray or repeated event) is evaluated as of now.
 */
export function onPromptAlarm(): Promise<void> {
  return enqueue(async () => {
    const now = Date.now();
    const { alarmAt } = await getPromptState();
    const moment = alarmAt && alarmAt > now && alarmAt - now <= EARLY_ALARM_MS ? alarmAt : now;
    await evaluate(moment, localTimeZone());
  });
}

/**
 * Notifications this worker saw close (the user dismissed one, or a page cleared it). Kept in
 * memory: the close event that wakes a stopped worker arrives before its first look at the
 * screen, and tells it that a notification it had not noted as shown was shown after all.
 */
const closedHere = new Set<string>();

/** Notes that a notification closed; see `closedHere`. */
export function onNotificationClosed(id: string): void {
  closedHere.add(id);
}

/** The prompts' notifications on screen, by id. */
async function promptsOnScreen(): Promise<Map<string, PromptList>> {
  const onScreen = new Map<string, PromptList>();
  for (const id of Object.keys(await browser.notifications.getAll())) {
    const prompts = promptsOf(id);
    if (prompts) onScreen.set(id, prompts);
  }
  return onScreen;
}

const ref = ({ kind, key, day }: PromptRef): PromptRef => ({ kind, key, day });

/**
 * Sets the backstop alarm a minute from now, before a look writes anything: a worker stopped before
 * the look ends (after it stored a snooze, or the state, but before it moved the alarms on) is
 * woken again by it. The alarm that started this look, if one did, is spent. The look's end moves
 * the backstop on to a minute after the next prompt.
 */
export async function holdBackstop(): Promise<void> {
  await browser.alarms.create(ALARMS.promptBackstop, { when: Date.now() + BACKSTOP_MS });
}

/**
 * One look at the prompts, as of `now`. A notification is shown in three steps (stored as shown
 * with `showing`, created, `showing` cleared), so that a worker stopped at any instant shows each
 * due prompt exactly once: see `promptsToShowAgain` for every instant. Not queued: run it in a job.
 */
export async function evaluate(now: number, timeZone: string): Promise<void> {
  await holdBackstop();
  const today = dayKey(now, timeZone);
  const [settings, stored, facts, onScreen] = await Promise.all([
    getSettings(),
    getPromptState(),
    scheduleFacts(today),
    promptsOnScreen(),
  ]);
  // The notification and the badge speak the language chosen in Settings (or the browser's), as
  // this look read them: the worker may have slept through a change.
  speakLanguageOf(settings);
  // The machine changed time zone since the last look: midnight moved too.
  if (stored.timeZone !== null && stored.timeZone !== timeZone) await readyDay(now, timeZone);
  // The first run dates the install. The first day to review follows from it and the review time
  // each time, so moving the review time on the install day counts. Older installs keep their day.
  const installedAt = stored.installedAt ?? (stored.firstDay === null ? now : null);
  const firstDay =
    installedAt === null ? stored.firstDay : firstReviewDay(installedAt, settings.reviewTime, timeZone);
  let state: PromptState = { ...stored, timeZone, installedAt, firstDay };

  const screen = new Set(onScreen.keys());
  const again = promptsToShowAgain(state.showing, screen, closedHere, facts, today);
  const due = [...duePrompts({ settings, timeZone, now, facts, state }), ...again];
  // A new notification replaces those on screen, so it also names what they still wait for.
  const waiting = due.length > 0 ? stillWaiting([...onScreen.values()], facts, today) : [];
  const [first, ...others] = byImportance([...due, ...waiting]).map(ref);
  const showing: PromptList | null = first ? [first, ...others] : null;
  // Only what is newly due is marked shown: what was waiting on screen was marked when it came.
  if (showing) state = markShown(state, due);
  const next = nextPrompt({ settings, timeZone, now, facts, state });
  state = { ...state, alarmAt: next?.at ?? null, showing: null };

  // The notification that replaces the others: this look's, or one a stopped worker put on screen.
  let replacing = shownBeforeStopping(stored.showing, screen, closedHere);
  if (showing) {
    const text = await textFor(showing, today);
    await promptStateItem.setValue({ ...state, showing });
    try {
      await browser.notifications.create(
        notificationId(showing),
        notificationOptions(
          text,
          browser.runtime.getURL('/icon/128.png'),
          settings.snoozeMinutes,
          SUPPORTS_BUTTONS,
        ),
      );
      replacing = showing;
    } catch (error) {
      // Refused (notifications blocked, say): the badge and the pages still show what is waiting,
      // and the notifications on screen stay. Trying again on every wake would not help.
      console.error('Flourish: the prompt could not be shown', error);
    }
  }
  // Cleared before `showing` is: a worker stopped in between clears them on its next look.
  for (const prompts of staleNotifications([...onScreen.values()], facts, replacing)) {
    await browser.notifications.clear(notificationId(prompts));
  }
  await promptStateItem.setValue(state);
  closedHere.clear();
  // The backstop comes a little after the prompt: when the prompt's alarm reached a worker that
  // stopped before it was done, the backstop wakes one that finishes the job. When this look
  // ends, both move on, so normally the backstop never fires.
  await ensureAlarm(browser.alarms, ALARMS.prompt, next?.at ?? null);
  await ensureAlarm(browser.alarms, ALARMS.promptBackstop, next ? next.at + BACKSTOP_MS : null);
  await refreshBadge(browser.action, Math.min(now, Date.now()), timeZone);
}
