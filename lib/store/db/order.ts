import type { Table } from 'dexie';

/** Gives the rows named by `ids` the orders 1…n, in that sequence, and stamps updatedAt. */
export async function applyOrder<
  Row extends { order: number; updatedAt: number },
  Key extends string | number,
>(table: Table<Row, Key>, ids: readonly Key[]): Promise<void> {
  const now = Date.now();
  await table.db.transaction('rw', table, async () => {
    for (const [index, id] of ids.entries()) {
      await table.update(id, (row) => {
        if (row.order !== index + 1) {
          row.order = index + 1;
          row.updatedAt = now;
        }
      });
    }
  });
}
