/**
 * The next coaching session's day, for the worker's session reminder: apart from sessions.ts, whose
 * checks bring zod, which the worker does not load (tests/unit/entrypoints/zod-imports.test.ts).
 */
import { db } from './db';
import type { DayKey } from '../../domain/days';

/** The next session's day as the latest session records it, or null when none is set. */
export async function nextSessionDay(): Promise<DayKey | null> {
  return (await db.sessions.orderBy('day').last())?.nextDay ?? null;
}
