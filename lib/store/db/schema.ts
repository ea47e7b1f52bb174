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
export const SCHEMA_VERSION = 5;

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

/**
 * Version 4 keeps only the indexes a query uses: every other one cost each write, and a restore
 * writes every row. Rows are untouched; primary keys stay. Queries on `day` alone use the first
 * part of `[day+order]` (Dexie's virtual index), which returns a day's rows in the user's order.
 */
export const SCHEMA_V4 = {
  profile: 'id',
  // the ranking in order (getRankings and its edits)
  strengths: 'id, rank',
  vision: 'id',
  // the vision board in the user's order
  visionImages: '++id, order',
  // goals in the user's order
  goals: 'id, order',
  // a day's list and its end (`[day+order]`, also by `day` alone: a day's, a range of days', the
  // first day); the copies carried from a day's commitments (`carriedFrom`)
  commitments: 'id, [day+order], carriedFrom',
  // finished reviews read as keys only (`completedAt`); a range of days by the primary key
  reviews: 'day, completedAt',
  weeklyReviews: 'week',
  // recurring rules in the user's order
  recurrences: 'id, order',
  meta: 'key',
} as const;

/**
 * Version 5 adds the coaching loop's tables: coaching sessions, questions for the coach and days
 * off. Rows of the older tables are untouched: their new fields (a review's `starred`, a zoom-out's
 * `goalRatings`) are optional, so an older row is a valid newer one as it is.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  // the last session before a day, the sessions of a period
  sessions: 'id, day',
  // the questions still to bring, in the order they were noted
  questions: 'id, createdAt',
  // the runs of days off that end on or after a day
  daysOff: 'id, to',
} as const;

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
  sessions!: EntityTables['sessions'];
  questions!: EntityTables['questions'];
  daysOff!: EntityTables['daysOff'];
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // New table and index only: existing rows need no change.
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    // Indexes dropped only: the rows need no change.
    this.version(4).stores(SCHEMA_V4);
    // New tables only: existing rows need no change. The newest version declares every table (a
    // table missing here fails the type-check).
    this.version(5).stores(SCHEMA_V5 satisfies Record<TableName | 'meta', string>);
  }
}
