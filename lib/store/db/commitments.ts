import { ValidationError } from '../../domain/validation';
import { t } from '../../i18n';
import { db } from './db';
import { applyOrder } from './order';
import type { Commitment, CommitmentStatus, IfThenPlan, StrengthId } from '../../domain/types';
import type { DayKey } from '../../domain/days';
import { checkDay } from '../../domain/day-range';
import { ideaOnList } from '../../domain/spotlight';
import { checkCommitmentTitle, checkIfThen, requireIfThen } from '../../domain/validation';

/** The commitments of one day, in the user's order. */
export function commitmentsForDay(day: DayKey): Promise<Commitment[]> {
  return db.commitments.where('[day+order]').between([day, -Infinity], [day, Infinity]).toArray();
}

/** How many of a day's commitments are still open. */
export async function openCount(day: DayKey): Promise<number> {
  return (await commitmentsForDay(day)).filter((c) => c.status === 'open').length;
}

export interface CommitmentLinks {
  goalId?: string;
  strengthId?: StrengthId;
  ifThen?: IfThenPlan;
}

export interface NewCommitment extends CommitmentLinks {
  carriedFrom?: string;
}

/** Adds a commitment at the end of a day's list; refuses an empty or over-long title. */
export async function addCommitment(
  day: DayKey,
  title: string,
  links: NewCommitment = {},
): Promise<Commitment> {
  const text = checkCommitmentTitle(title);
  const ifThen = checkIfThen(links.ifThen);
  checkDay(day);
  return db.transaction('rw', db.commitments, async () => {
    const last = await db.commitments.where('[day+order]').between([day, -Infinity], [day, Infinity]).last();
    const now = Date.now();
    const commitment: Commitment = {
      id: crypto.randomUUID(),
      day,
      title: text,
      status: 'open',
      order: (last?.order ?? 0) + 1,
      createdAt: now,
      updatedAt: now,
      ...(links.goalId && { goalId: links.goalId }),
      ...(links.strengthId && { strengthId: links.strengthId }),
      ...(ifThen && { ifThen }),
      ...(links.carriedFrom && { carriedFrom: links.carriedFrom }),
    };
    await db.commitments.add(commitment);
    return commitment;
  });
}

/**
 * Makes a strength's idea (the strength of the day's "use it in a new way") a commitment of `day`,
 * linked to the strength, unless the day's list holds those words already: then that one is
 * returned and nothing is added, however often it is asked.
 */
export async function commitToIdea(
  day: DayKey,
  strengthId: StrengthId,
  idea: string,
): Promise<{ commitment: Commitment; added: boolean }> {
  return db.transaction('rw', db.commitments, async () => {
    const there = ideaOnList(idea, await commitmentsForDay(day));
    if (there) return { commitment: there, added: false };
    return { commitment: await addCommitment(day, idea, { strengthId }), added: true };
  });
}

/**
 * Takes back a commitment just added (the undo of adding it): deleted while it is still open and
 * nothing refers to it; one ticked, answered in a review or carried since is history, and stays.
 */
export async function removeAddedCommitment(id: string): Promise<void> {
  await db.transaction('rw', db.commitments, db.reviews, async () => {
    const commitment = await db.commitments.get(id);
    if (!commitment) return;
    const carried = await db.commitments.where('carriedFrom').equals(id).count();
    const reviewed = (await db.reviews.get(commitment.day))?.outcomes.some((o) => o.commitmentId === id);
    if (commitment.status !== 'open' || carried > 0 || reviewed)
      throw new ValidationError(t('errors:stored.commitmentChanged', { title: commitment.title }));
    await db.commitments.delete(id);
  });
}

async function change(id: string, changes: Partial<Commitment>): Promise<void> {
  const updated = await db.commitments.update(id, { ...changes, updatedAt: Date.now() });
  if (updated === 0) throw new Error(`No commitment ${id}`);
}

/** Sets a commitment's status; stamps doneAt when it becomes done and clears it otherwise. */
export function setCommitmentStatus(id: string, status: CommitmentStatus): Promise<void> {
  return change(id, { status, doneAt: status === 'done' ? Date.now() : undefined });
}

/** Marks a commitment done and stamps doneAt. */
export function markCommitmentDone(id: string): Promise<void> {
  return setCommitmentStatus(id, 'done');
}

/** Reopens a commitment that was ticked or dropped by mistake. */
export function reopenCommitment(id: string): Promise<void> {
  return setCommitmentStatus(id, 'open');
}

/** Drops a commitment: it stays on its day, marked dropped, and can be restored. */
export function dropCommitment(id: string): Promise<void> {
  return setCommitmentStatus(id, 'dropped');
}

/** Renames a commitment in place; refuses an empty or over-long title. */
export async function renameCommitment(id: string, title: string): Promise<void> {
  await change(id, { title: checkCommitmentTitle(title) });
}

/**
 * Changes a commitment's links: only those named in `links` (a goal, a strength, the if-then plan),
 * so a panel changing one never writes back an old copy of another; undefined clears a link.
 */
export async function linkCommitment(id: string, links: CommitmentLinks): Promise<void> {
  const changes: Partial<Commitment> = {};
  if ('goalId' in links) changes.goalId = links.goalId || undefined;
  if ('strengthId' in links) changes.strengthId = links.strengthId || undefined;
  if ('ifThen' in links) changes.ifThen = checkIfThen(links.ifThen);
  await change(id, changes);
}

/** Puts an if-then plan on a commitment, as an offer to plan makes it: both halves, nothing else changed. */
export async function planCommitment(id: string, plan: IfThenPlan): Promise<void> {
  await change(id, { ifThen: requireIfThen(plan) });
}

/** Puts a day's commitments in the order of `ids`. */
export function reorderCommitments(ids: readonly string[]): Promise<void> {
  return applyOrder(db.commitments, ids);
}

/** Commitments of the days from `from` to `to`, both included. */
export function commitmentsBetween(from: DayKey, to: DayKey): Promise<Commitment[]> {
  return db.commitments.where('day').between(from, to, true, true).toArray();
}

/** The earliest day with a commitment, or null with none. */
export async function firstCommitmentDay(): Promise<DayKey | null> {
  return (await db.commitments.orderBy('day').first())?.day ?? null;
}
