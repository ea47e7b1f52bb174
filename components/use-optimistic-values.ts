import { useCallback, useState } from 'react';

interface Pending<T> {
  value: T;
  /** The stored value when the first of these writes started. */
  baseline: T | undefined;
  /** Values written from here before this one, which the store may still bring on its way. */
  earlier: T[];
}

/**
 * Whether a pending value still shows over `stored`: the store holds what it held before, or a value
 * written from here earlier (a quick second change can land before the first is read back). Once
 * it holds this value, or one no write from here made, the store leads again.
 */
function stillPending<T>(entry: Pending<T>, stored: T | undefined): boolean {
  if (stored === entry.value) return false;
  return stored === entry.baseline || entry.earlier.includes(stored as T);
}

function sameEntries<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.has(key) && b.get(key) === value);
}

/**
 * Optimistic values for controls whose truth lives in IndexedDB: a value set here shows at once,
 * until the store has it (or another page wrote something else) or the write fails; quick changes in
 * a row never flick back to one written a moment before.
 * Without it a controlled checkbox flips back for a frame while the write and the live query run.
 */
export function useOptimisticValues<T>(stored: ReadonlyMap<string, T>) {
  const [pending, setPending] = useState<ReadonlyMap<string, Pending<T>>>(new Map());
  const [seen, setSeen] = useState(stored);

  // New data from the database: forget every pending value whose write has landed, so that a later
  // change back to the old value (made elsewhere) is shown, not hidden behind a stale one.
  if (seen !== stored && !sameEntries(seen, stored)) {
    setSeen(stored);
    const unsettled = [...pending].filter(([key, entry]) => stillPending(entry, stored.get(key)));
    if (unsettled.length !== pending.size) setPending(new Map(unsettled));
  }

  const valueOf = (key: string): T | undefined => {
    const entry = pending.get(key);
    return entry && stillPending(entry, stored.get(key)) ? entry.value : stored.get(key);
  };

  const track = useCallback(
    async (key: string, value: T, write: () => Promise<void>) => {
      setPending((current) => {
        const before = current.get(key);
        const entry = before
          ? { value, baseline: before.baseline, earlier: [...before.earlier, before.value] }
          : { value, baseline: stored.get(key), earlier: [] };
        return new Map(current).set(key, entry);
      });
      try {
        await write();
      } catch (error) {
        setPending((current) => {
          const next = new Map(current);
          next.delete(key);
          return next;
        });
        throw error;
      }
    },
    [stored],
  );

  return { valueOf, track };
}
