import { useCallback, useState } from 'react';

interface Pending<T> {
  value: T;
  /** The stored value when the write started; once the store moves on, the pending value is done. */
  baseline: T | undefined;
}

function sameEntries<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.has(key) && b.get(key) === value);
}

/**
 * Optimistic values for controls whose truth lives in IndexedDB: a value set here shows at once,
 * until the stored value changes (the write landed, or another page wrote) or the write fails.
 * Without it a controlled checkbox flips back for a frame while the write and the live query run.
 */
export function useOptimisticValues<T>(stored: ReadonlyMap<string, T>) {
  const [pending, setPending] = useState<ReadonlyMap<string, Pending<T>>>(new Map());
  const [seen, setSeen] = useState(stored);

  // New data from the database: forget every pending value whose write has landed, so that a later
  // change back to the old value (made elsewhere) is shown, not hidden behind a stale one.
  if (seen !== stored && !sameEntries(seen, stored)) {
    setSeen(stored);
    const unsettled = [...pending].filter(([key, entry]) => stored.get(key) === entry.baseline);
    if (unsettled.length !== pending.size) setPending(new Map(unsettled));
  }

  const valueOf = (key: string): T | undefined => {
    const entry = pending.get(key);
    return entry && stored.get(key) === entry.baseline ? entry.value : stored.get(key);
  };

  const track = useCallback(
    async (key: string, value: T, write: () => Promise<void>) => {
      const baseline = stored.get(key);
      setPending((current) => new Map(current).set(key, { value, baseline }));
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
