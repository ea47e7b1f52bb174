/**
 * Prompts on screen. Every prompt due at once goes into one notification, whose id names each of
 * them (most important first), so a click knows what to open and a restarted worker knows what is
 * on screen. How the worker shows each due prompt exactly once, even when it is stopped half-way,
 * is told in `promptsToShowAgain`.
 */
import { addDays, type DayKey } from './days';
import {
  answered,
  CATCH_UP_DAYS,
  PROMPT_KINDS,
  type PromptKind,
  type PromptRef,
  type ScheduleFacts,
} from './prompt-schedule';

const PREFIX = 'flourish-prompt';
const KINDS: readonly string[] = PROMPT_KINDS;

/** The id of the notification naming `prompts`; the same prompts always give the same id. */
export function notificationId(prompts: readonly PromptRef[]): string {
  return [PREFIX, ...prompts.flatMap((p) => [p.kind, p.key, p.day])].join('|');
}

/** A notification's prompts: at least one, the most important first. */
export type PromptList = [PromptRef, ...PromptRef[]];

/** The prompts a notification id names, or null for someone else's id (or the sample prompt's). */
export function promptsOf(id: string): PromptList | null {
  const [prefix, ...parts] = id.split('|');
  if (prefix !== PREFIX || parts.length === 0 || parts.length % 3 !== 0) return null;
  const prompts: PromptRef[] = [];
  for (let i = 0; i < parts.length; i += 3) {
    const [kind, key, day] = parts.slice(i, i + 3);
    if (!kind || !KINDS.includes(kind) || !key || !day) return null;
    prompts.push({ kind: kind as PromptKind, key, day });
  }
  return prompts as PromptList;
}

/** The prompt a click on a notification opens: its most important one still unanswered (else its first). */
export function promptToOpen(prompts: PromptList, facts: ScheduleFacts): PromptRef {
  return prompts.find((p) => !answered(p, facts)) ?? prompts[0];
}

/**
 * Whether a prompt left unanswered is still worth putting on screen again: a morning plan only on its
 * own day, a session reminder until the session's day, a review or zoom-out up to `CATCH_UP_DAYS`
 * back (older days wait on the new tab).
 */
function stillWorthIt(prompt: PromptRef, today: DayKey): boolean {
  if (prompt.kind === 'session-reminder') return prompt.key >= today;
  return prompt.kind === 'morning-plan' ? prompt.day === today : prompt.day >= addDays(today, -CATCH_UP_DAYS);
}

/**
 * The prompts of the notifications on screen that are still waiting for an answer. A new
 * notification replaces those on screen, so it names these too (they were shown already: they are
 * not marked shown again), and none is dropped from the screen by a newer one.
 */
export function stillWaiting(
  onScreen: readonly (readonly PromptRef[])[],
  facts: ScheduleFacts,
  today: DayKey,
): PromptRef[] {
  return onScreen.flat().filter((prompt) => stillWorthIt(prompt, today) && !answered(prompt, facts));
}

/**
 * Notifications still on screen that should go: when a new one is shown, every other one (it names
 * all that is due, and whatever they still wait for: `stillWaiting`); otherwise those whose prompts
 * are all answered elsewhere.
 */
export function staleNotifications(
  onScreen: readonly PromptRef[][],
  facts: ScheduleFacts,
  showing: readonly PromptRef[] | null,
): PromptRef[][] {
  const id = showing && notificationId(showing);
  return onScreen.filter((prompts) =>
    id ? notificationId(prompts) !== id : prompts.every((p) => answered(p, facts)),
  );
}

/**
 * The notification a stopped worker had put on screen, between (2) and (3) of `promptsToShowAgain`
 * (it is on screen, or the user closed it meanwhile), or null. It replaces the others just as if
 * this look had shown it, so a worker stopped before clearing them leaves no prompt twice on screen.
 */
export function shownBeforeStopping(
  showing: readonly PromptRef[] | null | undefined,
  onScreen: ReadonlySet<string>,
  closed: ReadonlySet<string>,
): readonly PromptRef[] | null {
  if (!showing || showing.length === 0) return null;
  const id = notificationId(showing);
  return onScreen.has(id) || closed.has(id) ? showing : null;
}

/**
 * The prompts of a notification the worker set out to show but may not have shown: to be shown
 * again now (with whatever else is due), or none.
 *
 * The worker shows a notification in three steps: (1) it stores the prompts as shown, with their
 * list in `state.showing`, in one write; (2) it creates the notification, and clears the ones it
 * replaces; (3) it clears `state.showing`. Stopped at any instant, the next run of the worker finds:
 * - before (1): nothing stored, so the prompts are still due and shown then (the backstop alarm
 *   or any page makes sure that next run comes soon);
 * - between (1) and (2): `showing` set and no such notification: shown again here, once (unless
 *   answered meanwhile, or too old to be worth it: a morning plan of another day, a review days old);
 * - between (2) and (3): `showing` set and the notification on screen (or closed by the user
 *   while the worker was stopped, which `closed` reports): it was shown, so nothing more, and the
 *   ones it replaces are cleared now (`shownBeforeStopping`);
 * - after (3): the prompts are marked shown: nothing more.
 * Left: the notification vanishes without a close event reaching the worker (the browser quits) in
 * the milliseconds between (2) and (3); it then comes once more, which is better than never. (The
 * other cases left are about what wakes the next run: docs/design-notes.md.)
 */
export function promptsToShowAgain(
  showing: readonly PromptRef[] | null | undefined,
  onScreen: ReadonlySet<string>,
  closed: ReadonlySet<string>,
  facts: ScheduleFacts,
  today: DayKey,
): PromptRef[] {
  if (!showing || shownBeforeStopping(showing, onScreen, closed)) return [];
  return showing.filter((prompt) => stillWorthIt(prompt, today) && !answered(prompt, facts));
}
