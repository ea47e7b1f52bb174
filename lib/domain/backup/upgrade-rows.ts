/**
 * A backup made at an older schema version gets the repairs the database's own upgrades made, so
 * restoring it cannot bring back what they fixed (schema version 3: commitments carried into a day
 * twice, weekly reviews filed under the week after the one they describe).
 */
import type { Commitment, DailyReview, WeeklyReview } from '../types';
import { repairDuplicates } from '../duplicate-repair';
import { refileEarlyWeekReviews } from '../zoom-out-week';

interface UpgradableTables {
  commitments: Commitment[];
  reviews: DailyReview[];
  weeklyReviews: WeeklyReview[];
}

/** The tables of a backup made at `schemaVersion`, with every later version's repairs applied. */
export function upgradeBackupRows<T extends UpgradableTables>(
  tables: T,
  schemaVersion: number,
  timeZone: string,
): T {
  if (schemaVersion >= 3) return tables;
  const repair = repairDuplicates(tables.commitments, tables.reviews);
  const gone = new Set(repair.remove);
  const changed = new Map(repair.put.map((row) => [row.id, row]));
  const reviewed = new Map(repair.reviews.map((row) => [row.day, row]));
  const refiled = refileEarlyWeekReviews(tables.weeklyReviews, timeZone);
  const movedAway = new Set(refiled.remove);
  const weekly = new Map(
    [...tables.weeklyReviews.filter((row) => !movedAway.has(row.week)), ...refiled.put].map((row) => [
      row.week,
      row,
    ]),
  );
  return {
    ...tables,
    commitments: tables.commitments
      .filter((row) => !gone.has(row.id))
      .map((row) => changed.get(row.id) ?? row),
    reviews: tables.reviews.map((row) => reviewed.get(row.day) ?? row),
    weeklyReviews: [...weekly.values()],
  };
}
