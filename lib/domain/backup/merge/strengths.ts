import { isNewer, type Row, type TableMerge } from './rows';

/**
 * Strengths: the ranking is one thing, never mixed rank by rank (that could rank two strengths
 * first): the side that changed its ranking last wins it whole. Notes are taken one by one, the
 * newer of each.
 */
export function mergeStrengths(merge: TableMerge, incoming: readonly Row[], current: readonly Row[]) {
  const { plan } = merge;
  const mine = new Map(current.map((row) => [row.id as string, row]));
  const theirs = new Map(incoming.map((row) => [row.id as string, row]));
  const differing = new Set(
    [...mine.keys(), ...theirs.keys()].filter((id) => mine.get(id)?.rank !== theirs.get(id)?.rank),
  );
  // When each side last ranked. `saveRanking` stamps every row it keeps, so removing the last
  // strength still shows. Rows from before `rankedAt` existed can only offer `updatedAt` (which a
  // note also moves) of the rows that differ; a side that has `rankedAt` beats one that has none.
  const stamped = (rows: readonly Row[]) => rows.some((row) => row.rankedAt !== undefined);
  const rankedAt = (rows: readonly Row[]) =>
    Math.max(
      0,
      ...rows.map(
        (row) =>
          (row.rankedAt as number | undefined) ??
          (differing.has(row.id as string) ? (row.updatedAt ?? 0) : 0),
      ),
    );
  const rankingFromBackup =
    differing.size > 0 &&
    (stamped(incoming) !== stamped(current) ? stamped(incoming) : rankedAt(incoming) > rankedAt(current));

  for (const row of incoming) {
    const here = mine.get(row.id as string);
    if (rankingFromBackup) {
      const note = here && isNewer(here, row) ? here.note : row.note;
      const updatedAt = Math.max(row.updatedAt ?? 0, here?.updatedAt ?? 0);
      merge.put.push({ ...row, note, updatedAt });
      if (!here) plan.added += 1;
      else if (here.rank !== row.rank || here.note !== note) plan.updated += 1;
      else plan.kept += 1;
    } else if (!here) {
      plan.leftOut += 1;
    } else if (isNewer(row, here) && row.note !== here.note) {
      merge.put.push({ ...here, note: row.note, updatedAt: row.updatedAt });
      plan.updated += 1;
    } else plan.kept += 1;
  }
  if (rankingFromBackup) merge.remove = [...mine.keys()].filter((id) => !theirs.has(id));
  plan.removed = merge.remove.length;
}
