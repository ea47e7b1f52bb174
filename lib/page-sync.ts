/**
 * Keeps what lives outside the database in step with it while any Flourish page is open: the new
 * tab's first-paint snapshot and the toolbar badge. Each page starts this once; all of them
 * writing the same values is harmless.
 */
import { liveQuery } from 'dexie';
import { badgeText, BADGE_COLOUR, type ActionApi } from './badge';
import { today } from './clock';
import { writeSnapshot } from './snapshot';
import { loadSnapshot } from './snapshot-source';

export interface PageSyncTargets {
  storage: Pick<Storage, 'setItem'>;
  action: ActionApi;
}

/** Starts syncing; returns a function that stops it. */
export function startPageSync(targets: PageSyncTargets): () => void {
  let day = today();
  let subscription = subscribe(day);

  function subscribe(forDay: string) {
    return liveQuery(() => loadSnapshot(forDay)).subscribe({
      next(snapshot) {
        writeSnapshot(targets.storage, snapshot);
        const open = snapshot.commitments.filter((c) => c.status === 'open').length;
        void targets.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
        void targets.action.setBadgeText({ text: badgeText(open) });
      },
      error() {
        // The database is unavailable; the page itself explains that. Nothing to sync.
      },
    });
  }

  // The day changes under long-lived pages (a new tab left open overnight).
  const timer = setInterval(() => {
    if (today() === day) return;
    day = today();
    subscription.unsubscribe();
    subscription = subscribe(day);
  }, 60_000);

  return () => {
    clearInterval(timer);
    subscription.unsubscribe();
  };
}
