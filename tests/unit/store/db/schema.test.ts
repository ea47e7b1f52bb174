import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { reloadOnUpgrade } from '../../../../lib/store/db/open';
import { db } from '../../../../lib/store/db/db';
import {
  DATABASE_NAME,
  FlourishDatabase,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_VERSION,
} from '../../../../lib/store/db/schema';
import { getLastBackup, getSettings, getSetup } from '../../../../lib/store/storage-items';
import { readFixture, readFixtureFile, seedOldDatabase, type Fixture } from './fixtures';
import { REPAIRED } from '../../../support/repaired-v3';

const schemaSource = readFileSync(resolve(import.meta.dirname, '../../../../lib/store/db/schema.ts'), 'utf8');
const declaredVersions = [...schemaSource.matchAll(/this\.version\((\d+)\)/g)].map((match) =>
  Number(match[1]),
);
const fixtureFiles = readdirSync(resolve(import.meta.dirname, '../../../fixtures'));

type Rows = Record<string, Record<string, unknown>[]>;

/**
 * Every row of every table, in key order, pictures' Blobs as their type and bytes (a Blob has no
 * fields of its own to compare), from an open database or a fixture.
 */
async function rowsOf(source: Dexie | Fixture): Promise<Rows> {
  const tables: Rows =
    source instanceof Dexie
      ? Object.fromEntries(
          await Promise.all(source.tables.map(async (table) => [table.name, await table.toArray()] as const)),
        )
      : source.tables;
  const out: Rows = {};
  for (const [name, rows] of Object.entries(tables)) {
    if (rows.length === 0) continue;
    const plain = await Promise.all(
      rows.map(async ({ blob, ...row }) =>
        blob instanceof Blob
          ? { ...row, blob: { type: blob.type, bytes: [...new Uint8Array(await blob.arrayBuffer())] } }
          : row,
      ),
    );
    const key = (row: Record<string, unknown>) => String(row.id ?? row.day ?? row.week ?? row.key);
    out[name] = plain.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  }
  return out;
}

/** Each table's primary key and its indexes (name: key path), as IndexedDB itself holds them. */
async function indexesOf(name: string) {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const names = [...database.objectStoreNames];
  const tx = database.transaction(names);
  const tables = Object.fromEntries(
    names.map((table) => {
      const store = tx.objectStore(table);
      const indexes = Object.fromEntries(
        [...store.indexNames].map((index) => [index, store.index(index).keyPath]),
      );
      return [table, { key: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
  database.close();
  return tables;
}

/** Version 4's indexes, written out: each is used by a query (tests/unit/store/db/indexes.test.ts). */
const V4_INDEXES = {
  profile: { key: 'id', autoIncrement: false, indexes: {} },
  strengths: { key: 'id', autoIncrement: false, indexes: { rank: 'rank' } },
  vision: { key: 'id', autoIncrement: false, indexes: {} },
  visionImages: { key: 'id', autoIncrement: true, indexes: { order: 'order' } },
  goals: { key: 'id', autoIncrement: false, indexes: { order: 'order' } },
  commitments: {
    key: 'id',
    autoIncrement: false,
    indexes: { '[day+order]': ['day', 'order'], carriedFrom: 'carriedFrom' },
  },
  reviews: { key: 'day', autoIncrement: false, indexes: { completedAt: 'completedAt' } },
  weeklyReviews: { key: 'week', autoIncrement: false, indexes: {} },
  recurrences: { key: 'id', autoIncrement: false, indexes: { order: 'order' } },
  meta: { key: 'key', autoIncrement: false, indexes: {} },
};

/** Version 5's: version 4's, and the coaching loop's tables. */
const V5_INDEXES = {
  ...V4_INDEXES,
  sessions: { key: 'id', autoIncrement: false, indexes: { day: 'day' } },
  questions: { key: 'id', autoIncrement: false, indexes: { createdAt: 'createdAt' } },
  daysOff: { key: 'id', autoIncrement: false, indexes: { to: 'to' } },
};

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

  it.each([
    [1, SCHEMA_V1],
    [2, SCHEMA_V2],
    [3, SCHEMA_V3],
    [4, SCHEMA_V4],
    [5, SCHEMA_V5],
  ])(
    'opens a version %i database at the current version with every row as it was',
    async (version, schema) => {
      const fixture = readFixture(version);
      const name = `flourish-v${version}-fixture`;
      await seedOldDatabase(name, version, schema, fixture);
      const current = new FlourishDatabase(name);
      await current.open();
      expect(current.verno).toBe(SCHEMA_VERSION);
      expect(await rowsOf(current)).toStrictEqual(await rowsOf(fixture));
      current.close();
    },
  );

  it('adds the recurrences table empty when upgrading version 1', async () => {
    await seedOldDatabase('flourish-v1-recurrences', 1, SCHEMA_V1, readFixture(1));
    const current = new FlourishDatabase('flourish-v1-recurrences');
    await current.open();
    expect(await current.recurrences.toArray()).toEqual([]);
    current.close();
  });

  it('finds a rule’s commitment by day after upgrading version 2', async () => {
    await seedOldDatabase('flourish-v2-index', 2, SCHEMA_V2, readFixture(2));
    const current = new FlourishDatabase('flourish-v2-index');
    await current.open();
    const found = await current.commitments.where('day').equals('2026-11-24').toArray();
    expect(found.map((c) => [c.title, c.recurrenceId])).toEqual([
      ['One-to-one with Sam', '9e2d1c3b-7a6f-4e5d-8c9b-0a1b2c3d4e01'],
    ]);
    current.close();
  });

  it('upgrades version 2 to 3: duplicated carried commitments merged, early-week zoom-outs refiled', async () => {
    const fixture = readFixtureFile('db-v2-repairs.json');
    await seedOldDatabase('flourish-v2-repairs', 2, SCHEMA_V2, fixture);
    const current = new FlourishDatabase('flourish-v2-repairs');
    await current.open();
    expect(await rowsOf(current)).toStrictEqual(await rowsOf(REPAIRED));
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
      // Not in the journal (it came later): read back with its default.
      newTabHorizon: 'inTurn',
      sessionReminder: true,
    });
    expect(await getSetup()).toEqual({ step: 'done', completedAt: 1795165200000 });
    expect(await getLastBackup()).toEqual({ lastExportAt: 1795608000000 });
    expect(await db.meta.count()).toBe(0);
    expect(await db.commitments.count()).toBe(fixture.tables.commitments!.length);
  });

  it('upgrades version 3 on: every row as it was, and only the indexes a query uses', async () => {
    const fixture = readFixture(3);
    await seedOldDatabase('flourish-v3-indexes', 3, SCHEMA_V3, fixture);
    const current = new FlourishDatabase('flourish-v3-indexes');
    await current.open();
    expect(current.verno).toBe(5);
    expect(await rowsOf(current)).toStrictEqual(await rowsOf(fixture));
    current.close();
    expect(await indexesOf('flourish-v3-indexes')).toStrictEqual(V5_INDEXES);
  });

  it('upgrades version 4 to 5: every row as it was, the sessions, questions and days off empty', async () => {
    const fixture = readFixture(4);
    await seedOldDatabase('flourish-v4-loop', 4, SCHEMA_V4, fixture);
    const current = new FlourishDatabase('flourish-v4-loop');
    await current.open();
    expect(current.verno).toBe(5);
    expect(await rowsOf(current)).toStrictEqual(await rowsOf(fixture));
    expect(await current.sessions.count()).toBe(0);
    expect(await current.questions.count()).toBe(0);
    expect(await current.daysOff.count()).toBe(0);
    current.close();
    expect(await indexesOf('flourish-v4-loop')).toStrictEqual(V5_INDEXES);
  });

  it('finds the sessions of a period by day, and the days off that end on or after a day', async () => {
    await seedOldDatabase('flourish-v5-loop', 5, SCHEMA_V5, readFixture(5));
    const current = new FlourishDatabase('flourish-v5-loop');
    await current.open();
    const sessions = await current.sessions
      .where('day')
      .between('2026-11-01', '2026-11-30', true, true)
      .toArray();
    expect(sessions.map((s) => [s.day, s.nextDay, s.agreements.length])).toEqual([
      ['2026-11-17', '2026-12-01', 2],
    ]);
    const ahead = await current.daysOff.where('to').aboveOrEqual('2026-12-02').toArray();
    expect(ahead.map((run) => [run.from, run.to, run.label])).toEqual([
      ['2026-12-24', '2027-01-01', 'Winter holiday'],
    ]);
    current.close();
  });

  it('finds a day’s commitments by day alone in the user’s order, from the first part of [day+order]', async () => {
    await seedOldDatabase('flourish-v4-day', 4, SCHEMA_V4, readFixture(4));
    const current = new FlourishDatabase('flourish-v4-day');
    await current.open();
    const titles = (rows: { title: string }[]) => rows.map((row) => row.title);
    expect(titles(await current.commitments.where('day').equals('2026-11-19').toArray())).toEqual([
      'Write the board update',
      'Give Sam feedback on the launch',
      'Walk the floor and listen',
    ]);
    expect(
      titles(
        await current.commitments.where('day').between('2026-11-20', '2026-11-24', true, true).toArray(),
      ),
    ).toEqual(['Give Sam feedback on the launch', 'One-to-one with Sam']);
    expect((await current.commitments.orderBy('day').first())?.day).toBe('2026-11-19');
    current.close();
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
    expect(await rowsOf(upgraded)).toStrictEqual(await rowsOf(fixture));
    upgraded.close();
  });
});
