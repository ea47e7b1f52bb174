import type { Commitment } from '../../types';
import { isNewer, placeAfter, type MergeContext, type Row, type TableMerge } from './rows';

/**
 * What makes two commitments of one day the same commitment whatever their ids: the same recurring
 * rule's, or carried from the same one. Merging a backup and merging what sync brings both use it.
 */
export const sameDayKeys = (row: Row) => {
  const { day, recurrenceId, carriedFrom } = row as unknown as Commitment;
  return [recurrenceId && `r:${recurrenceId}:${day}`, carriedFrom && `c:${carriedFrom}:${day}`].filter(
    (key): key is string => Boolean(key),
  );
};

/**
 * Commitments: by id, and a recurring or carried commitment this device already made for the same
 * day under another id is the same commitment: the newer one is kept under this device's id, and
 * the backup's reviews and carried copies are pointed at that id.
 */
export function mergeCommitments(
  merge: TableMerge,
  incoming: readonly Row[],
  current: readonly Row[],
  ids: MergeContext['commitmentIds'],
) {
  const { plan } = merge;
  const mine = new Map(current.map((row) => [row.id as string, row]));
  const twins = new Map(current.flatMap((row) => sameDayKeys(row).map((key) => [key, row] as const)));
  // Day by day, so a carried copy comes after the commitment it was carried from.
  const byDay = [...incoming].sort((a, b) => ((a.day as string) < (b.day as string) ? -1 : 1));
  const added: Row[] = [];
  for (const original of byDay) {
    const carriedFrom = original.carriedFrom as string | undefined;
    const row =
      carriedFrom && ids.has(carriedFrom) ? { ...original, carriedFrom: ids.get(carriedFrom) } : original;
    const existing = mine.get(row.id as string);
    const twin = existing
      ? undefined
      : sameDayKeys(row)
          .map((key) => twins.get(key))
          .find(Boolean);
    const here = existing ?? twin;
    if (twin) ids.set(row.id as string, twin.id as string);
    if (!here) {
      added.push(row);
      plan.added += 1;
    } else if (isNewer(row, here)) {
      // The same commitment under this device's id keeps its place in this device's list.
      merge.put.push(twin ? { ...row, id: twin.id, order: twin.order } : row);
      plan.updated += 1;
    } else plan.kept += 1;
  }
  merge.put.push(...placeAfter(added, current, (row) => row.day as string));
}

/** A review from the backup, its outcomes pointed at this device's ids for the same commitments. */
export function remapReview(row: Row, ids: MergeContext['commitmentIds']): Row {
  const outcomes = row.outcomes as { commitmentId: string }[];
  if (!outcomes.some((outcome) => ids.has(outcome.commitmentId))) return row;
  return {
    ...row,
    outcomes: outcomes.map((outcome) => ({
      ...outcome,
      commitmentId: ids.get(outcome.commitmentId) ?? outcome.commitmentId,
    })),
  };
}
