/**
 * Every index earns its place. Each one costs every write, and a restore writes every row, so the
 * schema keeps only the indexes a query uses; and a query on an index the schema lacks would fail
 * only when it runs. The queries are read from the source: `db.<table>.where('…')` and
 * `.orderBy('…')` in lib/, entrypoints/ and components/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FlourishDatabase } from '../../../../lib/store/db/schema';
import { ROOT } from '../../../support/imports';

const QUERY = /\bdb\.(\w+)\s*\.(?:where|orderBy)\(\s*'([^']+)'\s*\)/g;

const queries = ['lib', 'entrypoints', 'components'].flatMap((folder) =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .flatMap((file) =>
      [...readFileSync(join(ROOT, folder, file), 'utf8').matchAll(QUERY)].map(([, table, index]) => ({
        table: table!,
        index: index!,
        file: join(folder, file),
      })),
    ),
);

const schema = new FlourishDatabase('indexes-of-the-schema');
const indexes = schema.tables.flatMap((table) =>
  table.schema.indexes.map((index) => ({ table: table.name, index: index.name, keyPath: index.keyPath })),
);

/** What a query on `index` can use: the index itself, or a compound index it is the first part of. */
function serves(query: { table: string; index: string }, index: (typeof indexes)[number]): boolean {
  if (query.table !== index.table) return false;
  return query.index === index.index || (Array.isArray(index.keyPath) && index.keyPath[0] === query.index);
}

describe('indexes', () => {
  it('finds the queries it checks', () => {
    expect(queries.length).toBeGreaterThan(10);
  });

  it.each(queries)('$file: $table by $index has an index or primary key to use', (query) => {
    const table = schema.tables.find((t) => t.name === query.table);
    expect(table, `no table ${query.table}`).toBeDefined();
    const primaryKey = table!.schema.primKey.name === query.index;
    expect(primaryKey || indexes.some((index) => serves(query, index))).toBe(true);
  });

  it.each(indexes)('$index of $table is used by a query', (index) => {
    expect(queries.some((query) => serves(query, index))).toBe(true);
  });
});
