/**
 * Asks the browser to keep Flourish's storage even when the disk runs low. With the
 * `unlimitedStorage` permission, Firefox grants this at once and without a prompt (measured: its
 * extension storage is otherwise "best effort", which it may evict); Chromium answers no and needs
 * nothing more, since `unlimitedStorage` already exempts the extension from eviction there.
 * See docs/design-notes.md.
 */
export async function keepStorage(
  storage: Pick<StorageManager, 'persisted' | 'persist'> | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  // A service worker (Chromium's background) has no persist(); pages and Firefox's event page do.
  if (typeof storage?.persist !== 'function') return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
