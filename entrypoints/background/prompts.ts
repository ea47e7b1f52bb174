/**
 * The accountability loop in the worker: work out what is due and what comes next (lib/schedule),
 * show at most one notification, keep one one-shot alarm, and handle the notification's click
 * and buttons. Every decision is in lib/; this file reads state, calls it, and writes the result.
 */
import { browser, type Browser } from 'wxt/browser';
import { ALARMS, ensureAlarm } from '../../lib/alarms';
import { refreshBadge } from '../../lib/badge';
import { localTimeZone } from '../../lib/clock';
import { addDays, dayKey, isoWeekKey, type DayKey } from '../../lib/days';
import { commitmentsBetween, commitmentsForDay } from '../../lib/db/commitments';
import { finishedReviewDays, reviewsBetween } from '../../lib/db/reviews';
import { finishedWeeks } from '../../lib/db/weekly-reviews';
import { formatWeekday } from '../../lib/format';
import { weekSummary } from '../../lib/insights/week';
import { getPromptState, promptStateItem } from '../../lib/prompt-state';
import { promptText } from '../../lib/prompt-text';
import { isLastWeek, weekDays } from '../../lib/review-week';
import {
  duePrompts,
  firstReviewDay,
  markShown,
  nextPrompt,
  plannedDays,
  snooze,
  stalePrompts,
  type Prompt,
  type PromptKind,
  type PromptState,
  type ScheduleFacts,
} from '../../lib/schedule';
import { getSettings } from '../../lib/settings';
import { readyDay } from './day-start';
import { enqueue } from './queue';

const NOTIFICATION_PREFIX = 'flourish-prompt';

/** Firefox shows no notification buttons and throws if given any; a click opens the review instead. */
export const SUPPORTS_BUTTONS = !import.meta.env.FIREFOX;

/** The notification id of a prompt; it names the prompt so a click knows what to open. */
export function notificationId(prompt: Omit<Prompt, 'at'>): string {
  return `${NOTIFICATION_PREFIX}|${prompt.kind}|${prompt.key}|${prompt.day}`;
}

/** The prompt a notification id names, or null for someone else's id. */
export function promptOf(id: string): Omit<Prompt, 'at'> | null {
  const [prefix, kind, key, day] = id.split('|');
  if (prefix !== NOTIFICATION_PREFIX || !kind || !key || !day) return null;
  return { kind: kind as PromptKind, key, day };
}

/** What the scheduler needs from the database around `today`. */
async function scheduleFacts(today: DayKey): Promise<ScheduleFacts> {
  const from = addDays(today, -20);
  const [reviewedDays, reviewedWeeks, planned] = await Promise.all([
    finishedReviewDays(from),
    finishedWeeks(isoWeekKey(from)),
    commitmentsBetween(from, addDays(today, 20)),
  ]);
  return { reviewedDays, reviewedWeeks, plannedDays: plannedDays(planned) };
}

/** The notification for a prompt. Firefox takes no buttons (and throws if given any). */
export function notificationOptions(
  text: { title: string; message: string },
  iconUrl: string,
  snoozeMinutes: number,
  supportsButtons: boolean,
): Browser.notifications.NotificationCreateOptions {
  return {
    type: 'basic',
    iconUrl,
    title: text.title,
    message: text.message,
    ...(supportsButtons && {
      buttons: [{ title: 'Reflect now' }, { title: `Snooze ${snoozeMinutes} min` }],
      requireInteraction: true,
    }),
  };
}

/**
 * What a prompt says was done: of the day's commitments (all of them, the open ones being what the
 * review asks about), or of the week as the weekly review page counts it, so the two agree.
 */
async function promptProgress(prompt: Prompt, today: DayKey): Promise<{ done: number; total: number }> {
  const week = prompt.kind === 'weekly-review' ? weekDays(prompt.key) : null;
  if (!week) {
    const counted = (await commitmentsForDay(prompt.day)).filter((c) => c.status !== 'dropped');
    return { done: counted.filter((c) => c.status === 'done').length, total: counted.length };
  }
  const [commitments, reviews] = await Promise.all([
    commitmentsBetween(week.monday, week.sunday),
    reviewsBetween(week.monday, week.sunday),
  ]);
  return weekSummary(commitments, reviews, today);
}

async function show(prompt: Prompt, today: DayKey): Promise<void> {
  const { done, total } = await promptProgress(prompt, today);
  const text = promptText({
    kind: prompt.kind,
    dayName: prompt.day === today ? 'today' : formatWeekday(prompt.day),
    done,
    total,
    lastWeek: prompt.kind === 'weekly-review' && isLastWeek(prompt.key, today),
  });
  const settings = await getSettings();
  await browser.notifications.create(
    notificationId(prompt),
    notificationOptions(
      text,
      browser.runtime.getURL('/icon/128.png'),
      settings.snoozeMinutes,
      SUPPORTS_BUTTONS,
    ),
  );
}

/** Shows what is due (one notification at most) and sets the alarm for what comes next; queued. */
export function reschedule(now?: number, timeZone?: string): Promise<void> {
  return enqueue(() => evaluate(now ?? Date.now(), timeZone ?? localTimeZone()));
}

/** How early a prompt alarm may fire and still count as its moment having come. */
export const EARLY_ALARM_MS = 5 * 60_000;

/**
 * The prompt alarm fired: the moment it was set for has come, even when the browser runs it a
 * little early (unpacked extensions' alarms can fire ahead), so evaluate as of that moment. An
 * alarm far from its moment (a stray or repeated event) is evaluated as of now instead.
 */
export function onPromptAlarm(): Promise<void> {
  return enqueue(async () => {
    const now = Date.now();
    const { alarmAt } = await getPromptState();
    const moment = alarmAt && alarmAt > now && alarmAt - now <= EARLY_ALARM_MS ? alarmAt : now;
    await evaluate(moment, localTimeZone());
  });
}

async function evaluate(now: number, timeZone: string): Promise<void> {
  const today = dayKey(now, timeZone);
  const [settings, stored, facts] = await Promise.all([
    getSettings(),
    getPromptState(),
    scheduleFacts(today),
  ]);
  // The machine changed time zone since the last look: midnight moved too.
  if (stored.timeZone !== null && stored.timeZone !== timeZone) await readyDay(now, timeZone);
  // The first run dates the install. The first day to review follows from it and the review time
  // each time, so moving the review time on the install day counts. Older installs keep their day.
  const installedAt = stored.installedAt ?? (stored.firstDay === null ? now : null);
  const firstDay =
    installedAt === null ? stored.firstDay : firstReviewDay(installedAt, settings.reviewTime, timeZone);
  let state: PromptState = { ...stored, timeZone, installedAt, firstDay };
  const due = duePrompts({ settings, timeZone, now, facts, state });
  const showing = due[0] ?? null;
  if (showing) {
    await show(showing, today);
    state = markShown(state, due);
  }
  await clearStalePrompts(facts, showing);
  const next = nextPrompt({ settings, timeZone, now, facts, state });
  await promptStateItem.setValue({ ...state, alarmAt: next?.at ?? null });
  await ensureAlarm(browser.alarms, ALARMS.prompt, next?.at ?? null);
  await refreshBadge(browser.action, Math.min(now, Date.now()), timeZone);
}

/**
 * Prompts on screen ask to be clicked until the user acts (requireInteraction): clear those that a
 * newer prompt replaces or whose review was finished elsewhere (the popup, the review page).
 */
async function clearStalePrompts(facts: ScheduleFacts, showing: Prompt | null): Promise<void> {
  const onScreen = Object.keys(await browser.notifications.getAll()).flatMap((id) => promptOf(id) ?? []);
  for (const prompt of stalePrompts(onScreen, facts, showing)) {
    await browser.notifications.clear(notificationId(prompt));
  }
}

/** Shows a sample prompt now, so the user can check that notifications reach them. */
export async function showTestPrompt(): Promise<void> {
  await browser.notifications.create(`${NOTIFICATION_PREFIX}-test`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Flourish prompts reach you',
    message: 'This is how your end-of-day review will ask how the day went.',
  });
}

/** The page that answers a prompt. */
export function promptPage(prompt: Omit<Prompt, 'at'>): `/review.html${string}` | '/popup.html' {
  if (prompt.kind === 'weekly-review') return `/review.html?week=${prompt.key}`;
  if (prompt.kind === 'morning-plan') return '/popup.html';
  return `/review.html?day=${prompt.day}`;
}

/**
 * Opens the answer to a prompt: the popup where the browser allows it (it shows a waiting review
 * right there), otherwise the review page in a tab.
 */
export async function openPrompt(prompt: Omit<Prompt, 'at'>): Promise<void> {
  await browser.notifications.clear(notificationId(prompt));
  // The popup opens on today's review (or today's plan); an earlier day's review needs its page.
  const today = dayKey(Date.now(), localTimeZone());
  if (prompt.kind !== 'weekly-review' && prompt.day === today) {
    try {
      await browser.action.openPopup();
      return;
    } catch {
      // No focused window, or a browser that does not allow it: a tab works everywhere.
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL(promptPage(prompt)) });
}

/** A click on the notification opens the review. */
export function onNotificationClicked(id: string): Promise<void> {
  const prompt = promptOf(id);
  return prompt ? enqueue(() => openPrompt(prompt)) : Promise.resolve();
}

/** Button 0 is "Reflect now", button 1 "Snooze". */
export function onNotificationButton(id: string, index: number): Promise<void> {
  const prompt = promptOf(id);
  if (!prompt) return Promise.resolve();
  if (index === 0) return enqueue(() => openPrompt(prompt));
  return enqueue(async () => {
    await browser.notifications.clear(id);
    const [settings, state] = await Promise.all([getSettings(), getPromptState()]);
    await promptStateItem.setValue(snooze(state, prompt, Date.now(), settings.snoozeMinutes));
    await evaluate(Date.now(), localTimeZone());
  });
}
