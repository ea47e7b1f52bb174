/**
 * The Dexie database class with every schema version. A version is never edited once shipped:
 * a change is a new `version(n)` with an upgrade, a frozen fixture in `tests/fixtures/` and an
 * upgrade test (STYLE.md §4).
 */
import { Dexie, type EntityTable } from 'dexie';
import type {
  Commitment,
  DailyReview,
  Goal,
  Profile,
  StrengthRanking,
  Vision,
  VisionImage,
  WeeklyReview,
} from './types';

export const DATABASE_NAME = 'flourish';

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

export class FlourishDatabase extends Dexie {
  profile!: EntityTable<Profile, 'id'>;
  strengths!: EntityTable<StrengthRanking, 'id'>;
  vision!: EntityTable<Vision, 'id'>;
  visionImages!: EntityTable<VisionImage, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  commitments!: EntityTable<Commitment, 'id'>;
  reviews!: EntityTable<DailyReview, 'day'>;
  weeklyReviews!: EntityTable<WeeklyReview, 'week'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
  }
}
