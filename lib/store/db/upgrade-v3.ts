/**
 * Schema version 3's upgrade: repairs what older versions wrote, in the upgrade's own transaction
 * (a failure stops the upgrade and leaves version 2 as it was). The rules are pure and tested on
 * their own: `repairDuplicates` (commitments carried into a day twice) and `refileEarlyWeekReviews`
 * (weekly reviews filed under the week after the one they describe).
 */
import type { Transaction } from 'dexie';
import { localTimeZone } from '../../platform/clock';
import { repairDuplicates } from '../../domain/duplicate-repair';
import { refileEarlyWeekReviews } from '../../domain/zoom-out-week';
import type { Commitment, DailyReview, WeeklyReview } from '../../domain/types';

export async function upgradeToV3(tx: Transaction): Promise<void> {
  const commitments = tx.table<Commitment, string>('commitments');
  const reviews = tx.table<DailyReview, string>('reviews');
  const repair = repairDuplicates(await commitments.toArray(), await reviews.toArray());
  await commitments.bulkDelete(repair.remove);
  await commitments.bulkPut(repair.put);
  await reviews.bulkPut(repair.reviews);

  const weekly = tx.table<WeeklyReview, string>('weeklyReviews');
  const refiled = refileEarlyWeekReviews(await weekly.toArray(), localTimeZone());
  await weekly.bulkDelete(refiled.remove);
  await weekly.bulkPut(refiled.put);
}
