import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { DayKey } from '../lib/domain/days';
import type { Commitment } from '../lib/domain/types';
import { commitmentsForDay } from '../lib/store/db/commitments';
import { ensureRecurringCommitments } from '../lib/store/db/recurrences';

/**
 * A day's commitments in the user's order, live; undefined while loading. Showing a day's list is
 * what opens the day in a page, so its recurring commitments are added here first (the worker adds
 * them as the day starts): the popup and the new tab list today through this.
 */
export function useDayCommitments(day: DayKey): Commitment[] | undefined {
  useEffect(() => {
    void ensureRecurringCommitments(day);
  }, [day]);
  return useLiveQuery(() => commitmentsForDay(day), [day]);
}
