/**
 * The Dexie database class with every schema version. A version is never edited once shipped:
 * a change is a new `version(n)` with an upgrade, a frozen fixture in `tests/fixtures/` and an
 * upgrade test (docs/design-notes.md, “Schema versions”).
 */
import { Dexie, type EntityTable } from 'dexie';
import type { TABLE_KEYS, TableName } from '../../domain/entities/tables';
import type { StoredRows } from '../../domain/types';
import { upgradeToV3 } from './upgrade-v3';

export const DATABASE_NAME = 'flourish';

/** The newest schema version below; a backup made by a newer one is refused. */
export const SCHEMA_VERSION = 3;

/** Index declarations of schema version 1, kept verbatim for the migration tests. */
export const SCHEMA_V1 = {
  profile: 'id',
  strengths: 'id, rank',
  vision: 'id',
  visionImages: '++id, order',
  goals: 'id, status, order',
  commitments: 'id, day, [day+order], status, goalId, strengthId, carriedFrom',
  reviews: 'day, completedAt',
  weeklyReviews: 'week',
} as const;

/** Version 2 adds recurring commitments and finds a rule's commitment on a day by index. */
export const SCHEMA_V2 = {
  profile: 'id',
  strengths: 'id, rank',
  vision: 'id',
  visionImages: '++id, order',
  goals: 'id, status, order',
  commitments: 'id, day, [day+order], status, goalId, strengthId, carriedFrom, [recurrenceId+day]',
  reviews: 'day, completedAt',
  weeklyReviews: 'week',
  recurrences: 'id, order',
} as const;

/**
 * Version 3 repairs rows older versions wrote wrongly (see `upgradeToV3`) and adds `meta`, Flourish's
 * own bookkeeping, keyed by name: not user data (not exported, not counted). It holds the journal
 * of a restore in progress (lib/store/backup/journal.ts).
 */
export const SCHEMA_V3 = { ...SCHEMA_V2, meta: 'key' } as const;

/** A row of `meta`: one named piece of the database's own bookkeeping. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * Each table of lib/domain/entities/tables.ts: its stored rows, keyed by its key field. The class
 * implements it, so a table left out of the class fails the type-check.
 */
type EntityTables = {
  [N in TableName]: EntityTable<StoredRows[N], Extract<(typeof TABLE_KEYS)[N], keyof StoredRows[N]>>;
};

export class FlourishDatabase extends Dexie implements EntityTables {
  profile!: EntityTables['profile'];
  strengths!: EntityTables['strengths'];
  vision!: EntityTables['vision'];
  visionImages!: EntityTables['visionImages'];
  goals!: EntityTables['goals'];
  commitments!: EntityTables['commitments'];
  reviews!: EntityTables['reviews'];
  weeklyReviews!: EntityTables['weeklyReviews'];
  recurrences!: EntityTables['recurrences'];
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // New table and index only: existing rows need no change.
    this.version(2).stores(SCHEMA_V2);
    // The newest version declares every table (a table missing here fails the type-check).
    this.version(3)
      .stores(SCHEMA_V3 satisfies Record<TableName | 'meta', string>)
      .upgrade(upgradeToV3);
  }
}
