import { MAX_BOARD_BYTES, MAX_BOARD_PICTURES } from '../../images';
import { isNewer, type Row, type TableMerge } from './rows';

/**
 * Pictures: matched by bytes; a picture this device lacks is added after its own, in the backup's
 * order, while the board's limits allow (the rest are left out, so the board can still be backed up).
 * `matched` holds, per backup picture, the picture here with the same bytes.
 */
export function mergePictures(
  merge: TableMerge,
  incoming: readonly Row[],
  current: readonly Row[],
  matched: readonly (Row | undefined)[],
) {
  const { plan } = merge;
  const missing: Row[] = [];
  incoming.forEach((row, index) => {
    const match = matched[index];
    if (!match) missing.push(row);
    else if (isNewer(row, match)) {
      merge.put.push({ ...match, caption: row.caption, updatedAt: row.updatedAt });
      plan.updated += 1;
    } else plan.kept += 1;
  });
  let count = current.length;
  let bytes = current.reduce((sum, row) => sum + (row.blob as Blob).size, 0);
  let order = Math.max(0, ...current.map((row) => row.order as number));
  for (const { id: _id, ...row } of missing.sort((a, b) => (a.order as number) - (b.order as number))) {
    const size = (row.blob as Blob).size;
    if (count + 1 > MAX_BOARD_PICTURES || bytes + size > MAX_BOARD_BYTES) {
      plan.leftOut += 1;
      continue;
    }
    count += 1;
    bytes += size;
    merge.add.push({ ...row, order: (order += 1) });
    plan.added += 1;
  }
}
