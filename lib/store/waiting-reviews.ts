/**
 * Which daily reviews are waiting, gathered in one place for everything that shows them: the
 * popup, the new tab, the review banner, the badge, and a page's nudge to the worker. The rule is
 * pure (lib/domain/waiting-reviews); this reads what it needs: the settings and the worker's prompt
 * state from extension storage, the finished reviews from the database.
 */
import { addDays, dayKey, type DayKey } from '../domain/days';
import type { PromptStateView } from '../domain/prompt-schedule';
import type { Settings } from '../domain/settings';
import { PENDING_WINDOW_DAYS, pendingReviewDays } from '../domain/waiting-reviews';
import type { WorkdayRule } from '../domain/workdays';
import { daysOffFrom } from './db/days-off';
import { finishedReviewDays } from './db/reviews';
import { getSettings, readPromptState } from './storage-items';

/** What the rule reads of the settings: which days are workdays, and the review time. */
type ReviewSettings = WorkdayRule & Pick<Settings, 'reviewTime'>;

/**
 * What decides which reviews are waiting, besides the database. It lives in extension storage,
 * which a live query does not follow: callers read it (or take it from `useSettings` and
 * `usePromptState`) and query again when it changes.
 */
export interface ReviewContext {
  settings: ReviewSettings;
  /** The day Flourish was installed: nothing before it is waiting. */
  firstDay: DayKey | null;
  /** The latest day whose review prompt was shown. */
  promptedThrough?: DayKey;
  timeZone: string;
  now: number;
}

/** The context from the settings and the prompt state as stored, at `now` in `timeZone`. */
export function reviewContext(
  settings: ReviewSettings,
  state: PromptStateView,
  timeZone: string,
  now: number,
): ReviewContext {
  return { settings, firstDay: state.firstDay, promptedThrough: state.shown['daily-review'], timeZone, now };
}

/** Reads the context from extension storage. */
export async function readReviewContext(now: number, timeZone: string): Promise<ReviewContext> {
  const [settings, state] = await Promise.all([getSettings(), readPromptState()]);
  return reviewContext(settings, state, timeZone, now);
}

/**
 * Days whose daily review is waiting, newest first; a day off is never waiting. Reads only the
 * database, so a live query can follow it.
 */
export async function waitingReviewDays(context: ReviewContext): Promise<DayKey[]> {
  const since = addDays(dayKey(context.now, context.timeZone), -PENDING_WINDOW_DAYS);
  const [reviewedDays, daysOff] = await Promise.all([finishedReviewDays(since), daysOffFrom(since)]);
  return pendingReviewDays({ ...context, settings: { ...context.settings, daysOff }, reviewedDays });
}
