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
import { readFixture, readFixtureFile, seedOldDatabase, type Fixture } from './fixtures';

const schemaSource = readFileSync(resolve(import.meta.dirname, '../../../../lib/db/schema.ts'), 'utf8');
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

const at = (iso: string) => Date.parse(iso);
const ID = (n: number) => `3d0c0000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const RULE = '7c0a0000-0000-4000-8000-00000000a001';
const GOAL = '0b9c7c52-1a53-4c0e-9a39-5f0a4f1b2c01';

/** What version 3's upgrade must make of tests/fixtures/db-v2-repairs.json, written out row by row. */
const REPAIRED: Fixture = {
  schemaVersion: 3,
  tables: {
    commitments: [
      {
        id: ID(1),
        day: '2026-11-23',
        title: 'Board update',
        status: 'not-done',
        order: 1,
        createdAt: at('2026-11-23T08:10:00Z'),
        updatedAt: at('2026-11-24T19:00:00Z'),
      },
      // The words typed again on Tuesday stay; the copy a late review carried beside them goes,
      // leaving its strength and where it was carried from. Done, as the review said of one of them.
      {
        id: ID(2),
        day: '2026-11-24',
        title: 'Board update',
        status: 'done',
        order: 1,
        createdAt: at('2026-11-24T08:30:00Z'),
        updatedAt: at('2026-11-24T19:05:00Z'),
        doneAt: at('2026-11-24T15:00:00Z'),
        goalId: GOAL,
        strengthId: 'prudence',
        carriedFrom: ID(1),
      },
      // Wednesday's copy was carried from the one that went: it now comes from the one that stayed.
      {
        id: ID(4),
        day: '2026-11-25',
        title: 'Board update',
        status: 'open',
        order: 1,
        createdAt: at('2026-11-24T19:05:00Z'),
        updatedAt: at('2026-11-24T19:05:00Z'),
        carriedFrom: ID(2),
        strengthId: 'prudence',
      },
      {
        id: ID(5),
        day: '2026-11-23',
        title: 'Plan the day',
        status: 'not-done',
        order: 2,
        createdAt: at('2026-11-23T00:00:05Z'),
        updatedAt: at('2026-11-23T18:00:00Z'),
        recurrenceId: RULE,
      },
      // The rule's own commitment stays; the old copy made without the rule's id goes into it.
      {
        id: ID(6),
        day: '2026-11-24',
        title: 'Plan the day',
        status: 'open',
        order: 2,
        createdAt: at('2026-11-23T18:00:00Z'),
        updatedAt: at('2026-11-24T00:00:05Z'),
        recurrenceId: RULE,
        carriedFrom: ID(5),
      },
      // Two alike that the user typed stay two.
      {
        id: ID(8),
        day: '2026-11-25',
        title: 'Call a client',
        status: 'open',
        order: 3,
        createdAt: at('2026-11-25T08:00:00Z'),
        updatedAt: at('2026-11-25T08:00:00Z'),
      },
      {
        id: ID(9),
        day: '2026-11-25',
        title: 'Call a client',
        status: 'open',
        order: 4,
        createdAt: at('2026-11-25T08:01:00Z'),
        updatedAt: at('2026-11-25T08:01:00Z'),
      },
      {
        id: ID(10),
        day: '2026-11-25',
        title: 'Plan the day',
        status: 'open',
        order: 2,
        createdAt: at('2026-11-25T00:00:05Z'),
        updatedAt: at('2026-11-25T00:00:05Z'),
        recurrenceId: RULE,
      },
    ],
    reviews: [
      {
        day: '2026-11-23',
        completedAt: at('2026-11-24T19:00:00Z'),
        outcomes: [
          {
            commitmentId: ID(1),
            status: 'not-done',
            obstacle: 'waiting',
            decision: 'carry',
            carriedTo: '2026-11-24',
          },
          {
            commitmentId: ID(5),
            status: 'not-done',
            obstacle: 'meetings',
            decision: 'carry',
            carriedTo: '2026-11-24',
          },
        ],
        wentWell: '',
        strengthsUsed: [],
        learned: '',
        tomorrowFocus: '',
        updatedAt: at('2026-11-24T19:00:00Z'),
      },
      // Tuesday's review spoke of both: one outcome stays, done, with the note the user wrote on the other.
      {
        day: '2026-11-24',
        completedAt: at('2026-11-24T19:05:00Z'),
        outcomes: [
          { commitmentId: ID(2), status: 'done', note: 'Ran out of day', carriedTo: '2026-11-25' },
          { commitmentId: ID(6), status: 'done' },
        ],
        wentWell: 'Board update finally out',
        strengthsUsed: ['prudence'],
        learned: '',
        tomorrowFocus: 'Hiring',
        energy: 3,
        stress: 2,
        updatedAt: at('2026-11-24T19:05:00Z'),
      },
    ],
    weeklyReviews: [
      // Written on Friday of its own week: stays, and takes the Monday after's words, which were about it.
      {
        week: '2026-W46',
        wins: 'Offsite agenda agreed\n\nTwo hires closed',
        patterns: 'Fridays slip',
        nextWeekFocus: 'Hiring plan',
        completedAt: at('2026-11-13T12:00:00Z'),
        updatedAt: at('2026-11-16T12:00:00Z'),
      },
      // Written on Monday 23 November about the week before.
      {
        week: '2026-W47',
        wins: 'Board update out',
        patterns: 'Mornings work',
        nextWeekFocus: 'Budget',
        completedAt: at('2026-11-23T12:00:00Z'),
        updatedAt: at('2026-11-23T12:05:00Z'),
      },
      // A draft last touched on a Thursday stays where it is.
      {
        week: '2026-W49',
        wins: 'Budget sent',
        patterns: '',
        nextWeekFocus: 'Rest',
        updatedAt: at('2026-12-03T12:00:00Z'),
      },
    ],
    recurrences: [
      {
        id: RULE,
        title: 'Plan the day',
        schedule: { kind: 'weekdays', weekdays: [0, 1, 2, 3, 4, 5, 6] },
        startDay: '2026-11-23',
        order: 1,
        createdAt: at('2026-11-23T08:00:00Z'),
        updatedAt: at('2026-11-23T08:00:00Z'),
      },
    ],
  },
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
    const found = await current.commitments
      .where('[recurrenceId+day]')
      .equals(['9e2d1c3b-7a6f-4e5d-8c9b-0a1b2c3d4e01', '2026-11-24'])
      .toArray();
    expect(found.map((c) => c.title)).toEqual(['One-to-one with Sam']);
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
    expect(await rowsOf(upgraded)).toStrictEqual(await rowsOf(fixture));
    upgraded.close();
  });
});
