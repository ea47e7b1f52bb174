/**
 * Runs `job` while holding the lock `name`, across every page and the worker of the extension (Web
 * Locks share one origin), so two tabs' read-modify-write of the same stored item never interleave.
 * Where Web Locks are missing (Node in tests), jobs still run one at a time within this context.
 */
const chains = new Map<string, Promise<unknown>>();

export async function exclusive<T>(name: string, job: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (typeof locks?.request === 'function') return (await locks.request(name, job)) as T;
  const run = (chains.get(name) ?? Promise.resolve()).then(job, job);
  chains.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
