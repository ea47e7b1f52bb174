/** A plain dump of every table, pictures as base64, sorted by key: two equal dumps mean equal data. */
import type { FlourishDatabase } from '../../lib/store/db/schema';

export async function dumpDatabase(db: FlourishDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    const plain = await Promise.all(
      rows.map(async (row: Record<string, unknown>) => {
        if (!(row.blob instanceof Blob)) return row;
        const bytes = Buffer.from(await row.blob.arrayBuffer());
        return { ...row, blob: { type: row.blob.type, base64: bytes.toString('base64') } };
      }),
    );
    const key = table.schema.primKey.keyPath as string;
    dump[table.name] = plain.sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  }
  return dump;
}
