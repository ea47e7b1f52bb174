/** Small pure helpers for ordered lists. */

/** A copy of `list` with the item at `from` moved to index `to` (clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= next.length) return next;
  const [item] = next.splice(from, 1) as [T];
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

/** The item of the day: a stable choice from `items` that changes each calendar day. */
export function pickForDay<T>(items: readonly T[], dayNumber: number): T | undefined {
  if (items.length === 0) return undefined;
  return items[((dayNumber % items.length) + items.length) % items.length];
}
