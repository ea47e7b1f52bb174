/**
 * Merging a backup into this device's data, table by table (the newer `updatedAt` wins), following
 * what each table means, not only its keys:
 * - pictures are matched by their bytes, not their ids: ids are counters, so the same id on two
 *   devices is usually two different pictures; a picture this device lacks is added after its own;
 * - the strengths ranking is one thing: the newer ranking is taken whole, never mixed rank by rank
 *   (notes are merged one by one);
 * - a recurring or carried commitment that this device already made for the same day (under
 *   another id) is the same commitment: kept once, under this device's id;
 * - pictures are added only while the board stays within its limits, so it can still be backed up.
 */
import type { TableName } from '../../entities/tables';
import { mergeCommitments, remapReview } from './commitments';
import { mergePictures } from './pictures';
import type { TablePlan } from './plan';
import { mergeRows, type MergeContext, type Row, type TableMerge } from './rows';
import { mergeStrengths } from './strengths';

/**
 * Decides the merge of one table against this device's rows (`current`). `matchedPictures`, for the
 * pictures, holds per backup picture the one here with the same bytes.
 */
export function mergeTable(
  name: TableName,
  incoming: readonly Row[],
  current: readonly Row[],
  context: MergeContext,
  matchedPictures: readonly (Row | undefined)[] = [],
): TableMerge {
  const plan: TablePlan = {
    table: name,
    incoming: incoming.length,
    current: current.length,
    added: 0,
    updated: 0,
    kept: 0,
    removed: 0,
    leftOut: 0,
  };
  const merge: TableMerge = { plan, put: [], add: [], remove: [] };
  if (name === 'strengths') mergeStrengths(merge, incoming, current);
  else if (name === 'visionImages') mergePictures(merge, incoming, current, matchedPictures);
  else if (name === 'commitments') mergeCommitments(merge, incoming, current, context.commitmentIds);
  else if (name === 'reviews') {
    const remapped = incoming.map((row) => remapReview(row, context.commitmentIds));
    mergeRows(merge, name, remapped, current);
  } else mergeRows(merge, name, incoming, current);
  return merge;
}
