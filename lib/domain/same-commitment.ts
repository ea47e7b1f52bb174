/**
 * When two commitments are the same commitment: carried from the same original, the same recurring
 * rule's, or the same words typed again before a late review carried the first. Carrying asks it of
 * the day it carries to (`holderOnDay`), so it never adds a second copy; the schema upgrade that
 * repairs copies made before asks it of each day (`duplicateGroups`).
 */
import type { Commitment } from './types';

export type Row = Pick<
  Commitment,
  'id' | 'day' | 'title' | 'status' | 'carriedFrom' | 'recurrenceId' | 'ifThen'
>;

export interface Lineage {
  /** The first commitment of the chain of carries (or the id it names, when that one is gone). */
  root: string;
  /** The recurring rule behind the chain: its own, or the first one found going back. */
  recurrenceId: string | undefined;
}

/** Follows `carriedFrom` back to where a commitment started (a cycle, which no carry makes, stops it). */
export function lineage(commitment: Row, byId: ReadonlyMap<string, Row>): Lineage {
  let current = commitment;
  let recurrenceId = commitment.recurrenceId;
  const seen = new Set([commitment.id]);
  while (current.carriedFrom !== undefined && !seen.has(current.carriedFrom)) {
    const parent = byId.get(current.carriedFrom);
    if (!parent) return { root: current.carriedFrom, recurrenceId };
    seen.add(parent.id);
    recurrenceId ??= parent.recurrenceId;
    current = parent;
  }
  return { root: current.id, recurrenceId };
}

/** Titles that read the same: case and runs of spaces do not make two commitments. */
export function sameWords(a: string, b: string): boolean {
  const plain = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return plain(a) === plain(b);
}

/**
 * The commitment on the day of `rows` that already stands for `commitment`, if any: one carried from
 * the same original (whatever became of it), the recurring rule's own commitment for that day
 * unless it was dropped there, or an open one with the same words.
 */
export function holderOnDay(
  commitment: Row,
  rows: readonly Row[],
  byId: ReadonlyMap<string, Row>,
): Row | undefined {
  const mine = lineage(commitment, byId);
  const others = rows.filter((row) => row.id !== commitment.id);
  return (
    others.find((row) => lineage(row, byId).root === mine.root) ??
    others.find(
      (row) =>
        mine.recurrenceId !== undefined &&
        row.status !== 'dropped' &&
        lineage(row, byId).recurrenceId === mine.recurrenceId,
    ) ??
    others.find(
      (row) =>
        row.status === 'open' && row.carriedFrom === undefined && sameWords(row.title, commitment.title),
    )
  );
}

/**
 * The groups of commitments that are one commitment made twice on the same day, with the same words
 * and no two different if-then plans: carried from the same original, from the same recurring rule
 * (neither dropped), or one typed there by the user and the other carried there (neither dropped).
 * Two alike that the user typed, or that were carried from two the user typed, stay two.
 */
export function duplicateGroups(commitments: readonly Row[]): Row[][] {
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const parent = new Map(commitments.map((c) => [c.id, c.id]));
  const find = (id: string): string => {
    const up = parent.get(id)!;
    if (up === id) return id;
    const top = find(up);
    parent.set(id, top);
    return top;
  };
  const byDay = new Map<string, Row[]>();
  for (const c of commitments) byDay.set(c.day, [...(byDay.get(c.day) ?? []), c]);
  for (const rows of byDay.values()) {
    for (const [index, a] of rows.entries()) {
      for (const b of rows.slice(index + 1)) {
        if (sameCommitment(a, b, byId)) parent.set(find(a.id), find(b.id));
      }
    }
  }
  const groups = new Map<string, Row[]>();
  for (const c of commitments) groups.set(find(c.id), [...(groups.get(find(c.id)) ?? []), c]);
  return [...groups.values()].filter((group) => group.length > 1);
}

function sameCommitment(a: Row, b: Row, byId: ReadonlyMap<string, Row>): boolean {
  // Words the user changed on one of them, or a plan of its own, make it theirs: it stays.
  if (!sameWords(a.title, b.title) || !samePlan(a, b)) return false;
  const [la, lb] = [lineage(a, byId), lineage(b, byId)];
  if (la.root === lb.root) return true;
  if (a.status === 'dropped' || b.status === 'dropped') return false;
  if (la.recurrenceId !== undefined && la.recurrenceId === lb.recurrenceId) return true;
  return (a.carriedFrom === undefined) !== (b.carriedFrom === undefined);
}

/** Plans that do not differ: the same, or only one of them has one. */
function samePlan(a: Row, b: Row): boolean {
  if (!a.ifThen || !b.ifThen) return true;
  return sameWords(a.ifThen.when, b.ifThen.when) && sameWords(a.ifThen.then, b.ifThen.then);
}
