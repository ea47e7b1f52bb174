/**
 * Whether another Flourish page is still open. Each page holds a Web Lock named for its own id for
 * as long as it lives; the browser lets it go when the page closes (or crashes), so a page finding
 * a draft another page wrote can tell one still being typed from one left behind. Where Web Locks
 * are missing (Node in unit tests), nothing can be told and callers fall back on the draft's age.
 */
export const PAGE_ID: string = crypto.randomUUID();

const lockName = (page: string) => `flourish-page:${page}`;
const locks = () => (globalThis.navigator as Navigator | undefined)?.locks;
let announced = false;

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
  api
    .request(lockName(id), { signal: stop.signal }, async () => then())
    .catch(() => undefined /* stopped waiting */);
  return () => stop.abort();
}
