import { t } from '../../i18n';
import { db } from './db';
import type { StrengthRanking } from '../../domain/types';
import { validateRanking } from '../../domain/ranking';
import { LIMITS, ValidationError, limitText } from '../../domain/validation';

/** The user's ranking, highest first. */
export function getRankings(): Promise<StrengthRanking[]> {
  return db.strengths.orderBy('rank').toArray();
}

/**
 * Replaces the ranking with `ids` in order (first = rank 1). Notes of strengths that stay are
 * kept; strengths left out are removed from the ranking.
 */
export async function saveRanking(ids: readonly string[]): Promise<void> {
  validateRanking(ids);
  const now = Date.now();
  await db.transaction('rw', db.strengths, async () => {
    const existing = new Map((await db.strengths.toArray()).map((row) => [row.id, row]));
    const keep = new Set(ids);
    const removed = [...existing.keys()].filter((id) => !keep.has(id));
    const moved = ids.some((id, index) => existing.get(id)?.rank !== index + 1);
    if (removed.length === 0 && !moved) return;
    await db.strengths.bulkDelete(removed);
    await db.strengths.bulkPut(
      ids.map((id, index) => {
        const row = existing.get(id);
        if (row && row.rank === index + 1) return { ...row, rankedAt: now };
        return { id, rank: index + 1, note: row?.note ?? '', updatedAt: now, rankedAt: now };
      }),
    );
  });
}

/**
 * Puts the ranking in the order of `ids`, as the page showing it saw it. A strength added in another
 * window since (not in `ids`) stays, after them; one removed since is not brought back.
 */
export async function reorderRanking(ids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.strengths, async () => {
    const ranked = (await db.strengths.orderBy('rank').toArray()).map((row) => row.id);
    const seen = new Set(ids);
    await saveRanking([...ids.filter((id) => ranked.includes(id)), ...ranked.filter((id) => !seen.has(id))]);
  });
}

/** Adds a strength at the bottom of the ranking (the next rank), reading the ranking as stored. */
export async function appendToRanking(id: string): Promise<void> {
  await db.transaction('rw', db.strengths, async () => {
    const ids = (await db.strengths.orderBy('rank').toArray()).map((row) => row.id);
    if (!ids.includes(id)) await saveRanking([...ids, id]);
  });
}

/** Removes a strength from the ranking and closes the gap; returns its row for undo. */
export async function removeFromRanking(id: string): Promise<StrengthRanking | undefined> {
  return db.transaction('rw', db.strengths, async () => {
    const rows = await db.strengths.orderBy('rank').toArray();
    const removed = rows.find((row) => row.id === id);
    if (removed) await saveRanking(rows.filter((row) => row.id !== id).map((row) => row.id));
    return removed;
  });
}

/** Puts a removed strength back at its old rank, with its note (undo). */
export async function restoreToRanking(row: StrengthRanking): Promise<void> {
  await db.transaction('rw', db.strengths, async () => {
    const ids = (await db.strengths.orderBy('rank').toArray()).map((r) => r.id).filter((id) => id !== row.id);
    ids.splice(row.rank - 1, 0, row.id);
    await saveRanking(ids);
    await db.strengths.update(row.id, { note: row.note });
  });
}

/** Saves the user's note on how they use a ranked strength. */
export async function saveStrengthNote(id: string, note: string): Promise<void> {
  const text = limitText(note, t('errors:field.note'), LIMITS.statement);
  const updated = await db.strengths.update(id, { note: text, updatedAt: Date.now() });
  if (updated === 0) throw new ValidationError(t('errors:stored.strengthNote'));
}
