/**
 * Keeps what lives outside the database in step with it while any Flourish page is open: the new
 * tab's first-paint snapshot, which each page writes (all of them writing the same value is
 * harmless), and the toolbar badge, which only the worker writes: the page tells it when the
 * badge's facts change. Where to write and whom to tell come in as `targets`, so tests pass fakes;
 * each page starts it once with its own (components/start-snapshot-badge-sync).
 */
import { liveQuery, type Subscription } from 'dexie';
import { localTimeZone } from '../platform/clock';
import { getSettings, readPromptState, watchPromptState, watchSettings } from './storage-items';
import { writeSnapshot } from '../domain/newtab-snapshot';
import { loadSnapshot } from './snapshot-source';
import { reviewContext } from './waiting-reviews';
import { workerNudge } from '../domain/worker-nudge';

export interface SyncTargets {
  storage: Pick<Storage, 'setItem'>;
  /**
   * Called when the worker should look at the prompts again (lib/domain/worker-nudge): the time zone
   * changed, or it was stopped before showing a prompt that is due. Once for each reason.
   */
  onWorkerBehind?: () => void;
  /**
   * Called when what the badge shows may have changed: once as the page opens (the database may
   * have changed with no worker awake), then whenever today's open count or whether a review is
   * waiting changes. The worker redraws the badge.
   */
  onBadgeChanged?: () => void;
}

/** Starts keeping the snapshot and badge in step; returns a function that stops it. */
export function syncSnapshotAndBadge(targets: SyncTargets): () => void {
  let subscription: Subscription | undefined;
  let stopped = false;
  let nudged: string | null = null;
  let badgeFacts: string | null = null;

  // Settings and the install day live in storage.local, outside the live query: read them here and
  // start again whenever they change, and every minute (midnight, the review time passing).
  async function restart() {
    const [settings, state] = await Promise.all([getSettings(), readPromptState()]);
    if (stopped) return;
    const timeZone = localTimeZone();
    const now = Date.now();
    subscription?.unsubscribe();
    subscription = liveQuery(() => loadSnapshot(reviewContext(settings, state, timeZone, now))).subscribe({
      next(snapshot) {
        writeSnapshot(targets.storage, snapshot);
        const { pendingReviews } = snapshot;
        const reason = workerNudge({ settings, state, timeZone, now, pendingReviews });
        if (reason !== null && reason !== nudged) targets.onWorkerBehind?.();
        nudged = reason;
        const open = snapshot.commitments.filter((c) => c.status === 'open').length;
        const facts = `${open} open, ${pendingReviews.length > 0 ? 'a review waiting' : 'none waiting'}`;
        if (facts !== badgeFacts) targets.onBadgeChanged?.();
        badgeFacts = facts;
      },
      error() {
        // The database is unavailable; the page itself explains that. Nothing to sync.
      },
    });
  }

  void restart();
  const unwatchSettings = watchSettings(() => void restart());
  const unwatchState = watchPromptState(() => void restart());
  const timer = setInterval(() => void restart(), 60_000);

  return () => {
    stopped = true;
    clearInterval(timer);
    unwatchSettings();
    unwatchState();
    subscription?.unsubscribe();
  };
}
