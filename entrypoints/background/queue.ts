/**
 * The worker's jobs run one at a time, in the order they were asked for: an alarm, a settings
 * change, a notification button and a worker start can all arrive together, and two evaluations
 * side by side could show the same prompt twice.
 */
let tail: Promise<unknown> = Promise.resolve();

/** Runs `job` after every job queued before it; failures are logged, never block the queue. */
export function enqueue(job: () => Promise<void>): Promise<void> {
  const run = tail.then(job).catch((error: unknown) => {
    console.error('Flourish: a background job failed', error);
  });
  tail = run;
  return run;
}
