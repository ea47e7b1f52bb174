/**
 * What travels through the browser's sync: every table but the vision board's pictures, and the
 * settings as one more row. Each has a short code on the wire, as the sync quota counts every byte.
 */
import type { TableName } from '../entities/tables';

export type SyncTable = Exclude<TableName, 'visionImages'> | 'settings';

export const SYNC_TABLE_CODES = {
  profile: 'p',
  strengths: 's',
  vision: 'v',
  goals: 'g',
  recurrences: 'rc',
  settings: 'st',
  daysOff: 'o',
  sessions: 'cs',
  questions: 'q',
  commitments: 'c',
  reviews: 'r',
  weeklyReviews: 'w',
} as const satisfies Record<SyncTable, string>;

export const SYNC_TABLES = Object.keys(SYNC_TABLE_CODES) as SyncTable[];

const BY_CODE = new Map(SYNC_TABLES.map((table) => [SYNC_TABLE_CODES[table], table]));
export const tableOfCode = (code: unknown): SyncTable | undefined =>
  typeof code === 'string' ? BY_CODE.get(code as never) : undefined;

/**
 * Tables whose rows are history: only recent ones travel (lib/domain/sync/plan has the rule for
 * each). The others travel whole.
 */
export const DATED_TABLES = [
  'commitments',
  'reviews',
  'weeklyReviews',
  'sessions',
  'questions',
  'daysOff',
] as const satisfies SyncTable[];
export type DatedTable = (typeof DATED_TABLES)[number];
export const isDated = (table: SyncTable): table is DatedTable =>
  (DATED_TABLES as readonly string[]).includes(table);

/** The key of the settings' one row. */
export const SETTINGS_KEY = 'settings';
