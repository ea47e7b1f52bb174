/**
 * Loads a frozen schema fixture (`tests/fixtures/db-vN.json`) into a database created with that
 * version's own schema, the way an older Flourish left it on a user's machine.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';

export interface Fixture {
  schemaVersion: number;
  tables: Record<string, Record<string, unknown>[]>;
}

interface EncodedBlob {
  type: string;
  base64: string;
}

const isEncodedBlob = (value: unknown): value is EncodedBlob =>
  typeof value === 'object' && value !== null && 'base64' in value && 'type' in value;

/** Reads the frozen fixture of schema version `version` (`tests/fixtures/db-vN.json`). */
export function readFixture(version: number): Fixture {
  return readFixtureFile(`db-v${version}.json`);
}

/** Reads a fixture file of `tests/fixtures/`, turning `{type, base64}` objects back into Blobs. */
export function readFixtureFile(file: string): Fixture {
  const path = resolve(import.meta.dirname, `../../../fixtures/${file}`);
  return JSON.parse(readFileSync(path, 'utf8'), (_key, value: unknown) =>
    isEncodedBlob(value) ? new Blob([Buffer.from(value.base64, 'base64')], { type: value.type }) : value,
  ) as Fixture;
}

/** Creates database `name` at `version` with `schema` and fills it with the fixture's rows. */
export async function seedOldDatabase(
  name: string,
  version: number,
  schema: Record<string, string>,
  fixture: Fixture,
): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(schema);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}
