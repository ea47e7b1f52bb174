/** Messages pages send the background worker. */
export type WorkerMessage =
  /**
   * Look at the day and the prompts again now: a review was written or skipped, the time zone changed
   * under a page, a page saw a prompt the worker has not shown (lib/domain/worker-nudge), a recurring
   * commitment was added (today may be one of its days), days off were marked or removed, or
   * everything was deleted.
   */
  | { type: 'reschedule' }
  /** Show a sample prompt now, so the user can check notifications reach them (answered: `TestPromptReply`). */
  | { type: 'test-prompt' }
  /**
   * Redraw the toolbar badge, which only the worker writes: a page saw today's open count or the
   * waiting reviews change, or changed today's list itself and may close at once (the popup).
   */
  | { type: 'refresh-badge' }
  /** This device's data changed, or sync was turned on: send it, and take in the others' (lib/store/sync). */
  | { type: 'sync' };

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'reschedule' || type === 'test-prompt' || type === 'refresh-badge' || type === 'sync';
}

/**
 * The worker's answer to `test-prompt`: shown, or refused because the browser (or the system, where
 * the browser can tell) does not allow Flourish's notifications, or failed for another reason.
 */
export type TestPromptReply = { shown: true } | { shown: false; refused: boolean };

export function isTestPromptReply(value: unknown): value is TestPromptReply {
  const reply = value as { shown?: unknown; refused?: unknown } | null;
  return reply?.shown === true || (reply?.shown === false && typeof reply.refused === 'boolean');
}
