import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { reloadOnUpgrade } from '../../../../lib/db/open';
import { db } from '../../../../lib/db/db';
import {
  DATABASE_NAME,
  FlourishDatabase,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_VERSION,
} from '../../../../lib/db/schema';
import { backupItem } from '../../../../lib/backup/reminder';
import { getSettings } from '../../../../lib/settings';
import { setupItem } from '../../../../lib/setup';
import { readFixture, seedOldDatabase } from './fixtures';

const schemaSource = readFileSync(resolve(import.meta.dirname, '../../../../lib/db/schema.ts'), 'utf8');
const declaredVersions = [...schemaSource.matchAll(/this\.version\((\d+)\)/g)].map((match) =>
  Number(match[1]),
);
const fixtureFiles = readdirSync(resolve(import.meta.dirname, '../../../fixtures'));

describe('database schema', () => {
  it('declares at least one version, the newest being SCHEMA_VERSION', () => {
    expect(declaredVersions.length).toBeGreaterThan(0);
    expect(Math.max(...declaredVersions)).toBe(SCHEMA_VERSION);
  });

  it.each(declaredVersions)('version %i has a frozen fixture in tests/fixtures/', (version) => {
    expect(fixtureFiles).toContain(`db-v${version}.json`);
  });

  it('the fixtures cover every declared version and nothing else', () => {
    const fixtureVersions = fixtureFiles
      .map((f) => /^db-v(\d+)\.json$/.exec(f)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(fixtureVersions.sort()).toEqual([...declaredVersions].sort());
  });

  it('upgrades a version 1 database to the current version with every row intact', async () => {
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

  it('upgrades version 1 to 2: the recurrences table is added empty, commitments are untouched', async () => {
    const fixture = readFixture(1);
    await seedOldDatabase('flourish-v1-to-v2', 1, SCHEMA_V1, fixture);
    const current = new FlourishDatabase('flourish-v1-to-v2');
    await current.open();
    expect(current.verno).toBe(Math.max(...declaredVersions));
    expect(await current.recurrences.count()).toBe(0);
    expect(await current.commitments.toArray()).toEqual(fixture.tables.commitments);
    current.close();
  });

  it('opens a version 2 database with every row intact and finds a rule’s commitment by day', async () => {
    const fixture = readFixture(2);
    await seedOldDatabase('flourish-v2-fixture', 2, SCHEMA_V2, fixture);
    const current = new FlourishDatabase('flourish-v2-fixture');
    await current.open();
    for (const [table, rows] of Object.entries(fixture.tables)) {
      expect(await current.table(table).count(), table).toBe(rows.length);
    }
    const found = await current.commitments
      .where('[recurrenceId+day]')
      .equals(['9e2d1c3b-7a6f-4e5d-8c9b-0a1b2c3d4e01', '2026-11-24'])
      .toArray();
    expect(found.map((c) => c.title)).toEqual(['One-to-one with Sam']);
    current.close();
  });

  it('upgrades version 2 to 3: the meta table is added empty, every row intact', async () => {
    const fixture = readFixture(2);
    await seedOldDatabase('flourish-v2-to-v3', 2, SCHEMA_V2, fixture);
    const current = new FlourishDatabase('flourish-v2-to-v3');
    await current.open();
    expect(await current.meta.count()).toBe(0);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      expect(await current.table(table).count(), table).toBe(rows.length);
    }
    expect(await current.commitments.toArray()).toEqual(fixture.tables.commitments);
    current.close();
  });

  it('opens a version 3 database whose restore was cut off, and finishes it before anything reads it', async () => {
    const fixture = readFixture(3);
    db.close();
    await db.delete();
    await seedOldDatabase(DATABASE_NAME, 3, SCHEMA_V3, fixture);
    await db.open();
    expect(await getSettings()).toEqual({
      reviewTime: '18:15',
      workdays: [1, 2, 3, 4],
      promptsEnabled: true,
      snoozeMinutes: 30,
      morningTime: '08:00',
      weeklyReviewDay: 4,
    });
    expect(await setupItem.getValue()).toEqual({ step: 'done', completedAt: 1795165200000 });
    expect(await backupItem.getValue()).toEqual({ lastExportAt: 1795608000000 });
    expect(await db.meta.count()).toBe(0);
    expect(await db.commitments.count()).toBe(fixture.tables.commitments!.length);
  });

  it('upgrades while three pages hold the old version open: they close and reload, nothing is lost', async () => {
    const fixture = readFixture(1);
    await seedOldDatabase('flourish-busy', 1, SCHEMA_V1, fixture);
    const reloads: string[] = [];
    const oldPages = ['popup', 'new tab', 'options'].map((page) => {
      const connection = new Dexie('flourish-busy');
      connection.version(1).stores(SCHEMA_V1);
      reloadOnUpgrade(connection, () => reloads.push(page));
      return connection;
    });
    await Promise.all(oldPages.map((connection) => connection.open()));

    const upgraded = new FlourishDatabase('flourish-busy');
    await upgraded.open();
    expect(upgraded.verno).toBe(Math.max(...declaredVersions));
    expect(reloads.sort()).toEqual(['new tab', 'options', 'popup']);
    expect(oldPages.every((connection) => !connection.isOpen())).toBe(true);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      expect(await upgraded.table(table).count(), table).toBe(rows.length);
    }
    upgraded.close();
  });
});
