/** What the reviews said that comes back to today's list: the focus, and where carried commitments came from. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useSettings } from '../../components/use-storage-items';
import type { DayKey } from '../../lib/domain/days';
import { focusLines } from '../../lib/domain/words';
import type { Commitment } from '../../lib/domain/types';
import { localTimeZone } from '../../lib/platform/clock';
import { carriedLabels } from '../../lib/store/db/carry';
import { loadReviewFocus } from '../../lib/store/review-focus';

/** The focus the latest review set for `day`, as lines to show ("Today’s focus"); none while loading. */
export function useDayFocus(day: DayKey): { label: string; text: string }[] {
  const settings = useSettings();
  const focus = useLiveQuery(
    async () => (settings ? (await loadReviewFocus(day, localTimeZone(), settings)).day : null),
    [day, settings],
  );
  // The popup shows the day's focus; the week's belongs to the new tab.
  return focus ? focusLines({ day: focus, week: null }, day) : [];
}

/** Where each carried commitment came from and what got in the way there, by id; empty while loading. */
export function useCarriedLabels(
  commitments: readonly Commitment[] | undefined,
): ReadonlyMap<string, string> {
  return (
    useLiveQuery(async () => (commitments ? carriedLabels(commitments) : new Map()), [commitments]) ?? NONE
  );
}

const NONE: ReadonlyMap<string, string> = new Map();
