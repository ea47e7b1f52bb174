import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FlourishDatabase, SCHEMA_V1 } from '../../../../lib/db/schema';
import { readFixture, seedOldDatabase } from './fixtures';

const schemaSource = readFileSync(resolve(import.meta.dirname, '../../../../lib/db/schema.ts'), 'utf8');
const declaredVersions = [...schemaSource.matchAll(/this\.version\((\d+)\)/g)].map((match) =>
  Number(match[1]),
);
const fixtureFiles = readdirSync(resolve(import.meta.dirname, '../../../fixtures'));

describe('database schema', () => {
  it('declares at least one version', () => {
    expect(declaredVersions.length).toBeGreaterThan(0);
  });

  it.each(declaredVersions)('version %i has a frozen fixture in tests/fixtures/', (version) => {
    expect(fixtureFiles).toContain(`db-v${version}.json`);
  });

  it('opens a version 1 database with every row intact', async () => {
    const fixture = readFixture(1);
    await seedOldDatabase('flourish-v1-fixture', 1, SCHEMA_V1, fixture);

    const current = new FlourishDatabase('flourish-v1-fixture');
    await current.open();
    for (const [table, rows] of Object.entries(fixture.tables)) {
      expect(await current.table(table).count(), table).toBe(rows.length);
    }
    const [image] = await current.visionImages.toArray();
    expect(image?.blob.type).toBe('image/png');
    expect(await current.commitments.where('day').equals('2026-11-19').count()).toBe(2);
    current.close();
  });
});
