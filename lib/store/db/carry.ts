/**
 * Carrying a not-done commitment to a later day, as a finished review does. It never adds a second
 * copy of what that day already holds (lib/domain/same-commitment).
 */
import { db } from './db';
import type { Commitment } from '../../domain/types';
import type { DayKey } from '../../domain/days';
import { carriedLabel } from '../../domain/carried-from';
import { holderOnDay, lineage } from '../../domain/same-commitment';

/** `rows` and every commitment they were carried from, by id, read inside the caller's transaction. */
async function withAncestors(rows: readonly Commitment[]): Promise<Map<string, Commitment>> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  let wanted = rows.flatMap((row) => row.carriedFrom ?? []).filter((id) => !byId.has(id));
  while (wanted.length > 0) {
    const found = (await db.commitments.bulkGet(wanted)).filter((row): row is Commitment => !!row);
    for (const row of found) byId.set(row.id, row);
    wanted = [...new Set(found.flatMap((row) => row.carriedFrom ?? []))].filter((id) => !byId.has(id));
  }
  return byId;
}

/**
 * Puts a not-done commitment on `target` as a new open commitment with `carriedFrom` — unless the
 * day already holds it (`holderOnDay`: a copy carried there before, its recurring rule's commitment
 * for that day, or the same words typed there again): then nothing is added (the rule's commitment
 * takes `carriedFrom` if it has none), and the answer says whether the one there is already done. A copy of a recurring commitment keeps the rule
 * (found back along the carries for copies an older version made without it), so the rule counts it
 * as that day's and adds no other.
 */
export async function carryOver(
  commitment: Commitment,
  target: DayKey,
  now: number,
): Promise<'added' | 'linked' | 'done-there'> {
  const there = await db.commitments.where('day').equals(target).toArray();
  const byId = await withAncestors([commitment, ...there]);
  const holder = holderOnDay(commitment, there, byId);
  if (holder) {
    // The same carry again, or the rule's own commitment, is linked to it; words the user typed
    // there themselves stay theirs (planned that day), the review's outcome saying where it went.
    const sameRule =
      holder.recurrenceId !== undefined && holder.recurrenceId === lineage(commitment, byId).recurrenceId;
    if (!holder.carriedFrom && sameRule) {
      await db.commitments.update(holder.id, { carriedFrom: commitment.id, updatedAt: now });
    }
    return holder.status === 'done' ? 'done-there' : 'linked';
  }
  const { recurrenceId } = lineage(commitment, byId);
  const instanceThere = recurrenceId !== undefined && there.some((row) => row.recurrenceId === recurrenceId);
  const last = there.reduce((max, row) => Math.max(max, row.order), 0);
  await db.commitments.add({
    id: crypto.randomUUID(),
    day: target,
    title: commitment.title,
    status: 'open',
    order: last + 1,
    createdAt: now,
    updatedAt: now,
    carriedFrom: commitment.id,
    ...(recurrenceId && !instanceThere && { recurrenceId }),
    ...(commitment.goalId && { goalId: commitment.goalId }),
    ...(commitment.strengthId && { strengthId: commitment.strengthId }),
    ...(commitment.ifThen && { ifThen: commitment.ifThen }),
  });
  return 'added';
}

/**
 * Where each carried commitment of `commitments` came from and what got in the way there, by id
 * ("carried from Tue · waiting on others", lib/domain/carried-from): read from the commitments it
 * was carried from and the reviews of their days. Commitments that were not carried have none.
 */
export async function carriedLabels(
  commitments: readonly Commitment[],
  locale?: string,
): Promise<Map<string, string>> {
  const carried = commitments.filter((c) => c.carriedFrom !== undefined);
  if (carried.length === 0) return new Map();
  const byId = await withAncestors(carried);
  const days = [...new Set([...byId.values()].map((row) => row.day))];
  const reviews = new Map(
    (await db.reviews.bulkGet(days)).flatMap((review) => (review ? [[review.day, review] as const] : [])),
  );
  const labels = new Map<string, string>();
  for (const commitment of carried)
    labels.set(commitment.id, carriedLabel(commitment, byId, reviews, locale)!);
  return labels;
}
