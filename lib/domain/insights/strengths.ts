/** Are the top strengths being used? Counts from commitments linked to a strength and from reviews. */
import type { Commitment, DailyReview } from '../types';

export interface StrengthUse {
  strengthId: string;
  /** Commitments linked to the strength that were done. */
  inCommitments: number;
  /** Days the review says the strength was used. */
  inReviews: number;
  total: number;
  signature: boolean;
}

/** Uses per strength, most used first (ties: signature first, then by id); signature ones always listed. */
export function strengthUsage(
  commitments: readonly Commitment[],
  reviews: readonly DailyReview[],
  signatureIds: readonly string[],
): StrengthUse[] {
  const uses = new Map<string, { inCommitments: number; inReviews: number }>();
  const bucket = (id: string) => {
    let entry = uses.get(id);
    if (!entry) uses.set(id, (entry = { inCommitments: 0, inReviews: 0 }));
    return entry;
  };
  for (const id of signatureIds) bucket(id);
  for (const c of commitments)
    if (c.strengthId && c.status === 'done') bucket(c.strengthId).inCommitments += 1;
  for (const r of reviews) for (const id of new Set(r.strengthsUsed)) bucket(id).inReviews += 1;
  return [...uses]
    .map(([strengthId, counts]) => ({
      strengthId,
      ...counts,
      total: counts.inCommitments + counts.inReviews,
      signature: signatureIds.includes(strengthId),
    }))
    .sort(
      (a, b) =>
        b.total - a.total ||
        Number(b.signature) - Number(a.signature) ||
        a.strengthId.localeCompare(b.strengthId),
    );
}

/** The share of all strength uses that went to signature strengths (null with no uses). */
export function signatureShare(usage: readonly StrengthUse[]): number | null {
  const total = usage.reduce((sum, u) => sum + u.total, 0);
  if (total === 0) return null;
  return usage.filter((u) => u.signature).reduce((sum, u) => sum + u.total, 0) / total;
}
