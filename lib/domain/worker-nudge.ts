/**
 * When a page should tell the worker to look at the prompts again. A browser stops an extension's
 * worker whenever it likes, and an alarm that woke a worker stopped a moment later is not
 * delivered again; pages read the same state and can see that the worker fell behind.
 */
import { addDays, dayKey, type DayKey } from './days';
import { CATCH_UP_DAYS, GRACE_MS, type PromptStateView } from './prompt-schedule';
import type { Settings } from './settings';

interface NudgeInput {
  settings: Pick<Settings, 'promptsEnabled'>;
  state: PromptStateView;
  timeZone: string;
  now: number;
  /** Days whose daily review is waiting, as the page shows them (lib/domain/waiting-reviews). */
  pendingReviews: readonly DayKey[];
}

/**
 * Why the worker should look again, or null: the time zone changed since it last did; a
 * notification it set out to show is not noted as shown; the moment its prompt alarm was set for
 * has passed; or a recent review is waiting that it has never prompted for. Every look is cheap and
 * changes nothing when all is right, so a false alarm costs nothing.
 */
export function workerNudge({ settings, state, timeZone, now, pendingReviews }: NudgeInput): string | null {
  if (state.timeZone !== null && state.timeZone !== timeZone) return 'time zone';
  if (!settings.promptsEnabled) return null;
  if (state.showing && state.showing.length > 0) return 'showing';
  if (state.alarmAt != null && now >= state.alarmAt + GRACE_MS) return `alarm ${state.alarmAt}`;
  const recent = addDays(dayKey(now, timeZone), -CATCH_UP_DAYS);
  const prompted = state.shown['daily-review'];
  const unprompted = pendingReviews.find(
    (day) => day >= recent && (prompted === undefined || day > prompted),
  );
  return unprompted ? `review ${unprompted}` : null;
}
