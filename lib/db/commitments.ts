import { db } from './db';
import type { Commitment, CommitmentStatus, IfThenPlan, StrengthId } from './types';
import type { DayKey } from '../days';
import { LIMITS, requireText } from '../validation';

/** The commitments of one day, in the user's order. */
export function commitmentsForDay(day: DayKey): Promise<Commitment[]> {
  return db.commitments.where('[day+order]').between([day, -Infinity], [day, Infinity]).toArray();
}

export interface NewCommitment {
  goalId?: string;
  strengthId?: StrengthId;
  ifThen?: IfThenPlan;
  carriedFrom?: string;
}

/** Adds a commitment at the end of a day's list; refuses an empty or over-long title. */
export async function addCommitment(
  day: DayKey,
  title: string,
  links: NewCommitment = {},
): Promise<Commitment> {
  const text = requireText(title, 'A commitment', LIMITS.commitmentTitle);
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
      ...links,
    };
    await db.commitments.add(commitment);
    return commitment;
  });
}

/** Sets a commitment's status; stamps doneAt when it becomes done and clears it otherwise. */
export async function setCommitmentStatus(id: string, status: CommitmentStatus): Promise<void> {
  const now = Date.now();
  const updated = await db.commitments.update(id, {
    status,
    doneAt: status === 'done' ? now : undefined,
    updatedAt: now,
  });
  if (updated === 0) throw new Error(`No commitment ${id}`);
}

/** Marks a commitment done and stamps doneAt. */
export function markCommitmentDone(id: string): Promise<void> {
  return setCommitmentStatus(id, 'done');
}

/** Reopens a commitment that was ticked or dropped by mistake. */
export function reopenCommitment(id: string): Promise<void> {
  return setCommitmentStatus(id, 'open');
}
