/**
 * Whether another Flourish page is still open. Each page holds a Web Lock named for its own id for
 * as long as it lives; the browser lets it go when the page closes (or crashes), so a page finding
 * a draft another page wrote can tell one still being typed from one left behind. Where Web Locks
 * are missing (Node in unit tests), nothing can be told and callers fall back on the draft's age.
 */
export const PAGE_ID: string = crypto.randomUUID();

const lockName = (page: string) => `flourish-page:${page}`;
/** The browser's Web Locks, when it has them whole (a test DOM may have only part). */
const locks = (): LockManager | undefined => {
  const api = (globalThis.navigator as Navigator | undefined)?.locks;
  return typeof api?.request === 'function' && typeof api.query === 'function' ? api : undefined;
};
let announced = false;

/** Whether this browser can tell which pages are open (it has Web Locks). */
export const canTellOpenPages = (): boolean => locks() !== undefined;

/** Takes this page's lock, once; it is held until the page goes. */
export function announcePage(): void {
  const api = locks();
  if (announced || !api) return;
  announced = true;
  void api.request(lockName(PAGE_ID), () => new Promise<never>(() => undefined));
}

/** Whether page `id` is open now: true, false, or null where this cannot be told. */
export async function isPageOpen(id: string): Promise<boolean | null> {
  const api = locks();
  if (!api) return null;
  const { held = [] } = await api.query();
  return held.some((lock) => lock.name === lockName(id));
}

/** Calls `then` once page `id` has closed; the returned function stops waiting. */
export function whenPageCloses(id: string, then: () => void): () => void {
  const api = locks();
  const stop = new AbortController();
  if (!api) return () => undefined;
  // Granted once the page has let it go; let go again at once, before `then` asks who is open.
  api
    .request(lockName(id), { signal: stop.signal }, () => undefined)
    .then(then, () => undefined /* stopped waiting */);
  return () => stop.abort();
}
