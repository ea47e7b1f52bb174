/**
 * Keeps what lives outside the database in step with it while any Flourish page is open: the new
 * tab's first-paint snapshot, which each page writes (all of them writing the same value is
 * harmless), and the toolbar badge, which only the worker writes: the page tells it when the
 * badge's facts change. Where to write and whom to tell come in as `targets`, so tests pass fakes;
 * each page starts it once with its own (components/start-snapshot-badge-sync).
 */
import { liveQuery, type Subscription } from 'dexie';
import { i18n } from '../i18n';
import { localTimeZone } from '../platform/clock';
import { getSettings, readPromptState, watchPromptState, watchSettings } from './storage-items';
import { readSnapshot, writeSnapshot, type NewTabSnapshot } from '../domain/newtab-snapshot';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { loadSnapshot } from './snapshot-source';
import { makeSmallCopy, reusableSmallCopy } from './small-picture';
import { reviewContext } from './waiting-reviews';
import { workerNudge } from '../domain/worker-nudge';

export interface SyncTargets {
  /** Where the snapshot goes; read too, when it can be, to reuse the picture's small copy. */
  storage: Pick<Storage, 'setItem'> & Partial<Pick<Storage, 'getItem'>>;
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
  let written = 0;

  /**
   * Writes the snapshot with the picture's small copy: the one already stored if it is of the same
   * picture, else written first without one, then again once the copy is made (if nothing newer
   * was written meanwhile).
   */
  async function write(snapshot: NewTabSnapshot) {
    const turn = ++written;
    const { storage } = targets;
    const previous = readSnapshot({ getItem: (key) => storage.getItem?.(key) ?? null }, snapshot.day);
    const image = snapshot.image;
    const small = reusableSmallCopy(image, previous?.image);
    writeSnapshot(targets.storage, image && small ? { ...snapshot, image: { ...image, small } } : snapshot);
    if (!image || small) return;
    const made = await makeSmallCopy(image).catch(() => null);
    if (made && turn === written && !stopped)
      writeSnapshot(targets.storage, { ...snapshot, image: { ...image, small: made } });
  }

  // Settings and the install day live in storage.local, outside the live query: read them here and
  // start again whenever they change, and every minute (midnight, the review time passing).
  async function restart() {
    const [settings, state] = await Promise.all([getSettings(), readPromptState()]);
    if (stopped) return;
    const timeZone = localTimeZone();
    const now = Date.now();
    subscription?.unsubscribe();
    const horizon = settings.newTabHorizon ?? DEFAULT_SETTINGS.newTabHorizon!;
    const context = reviewContext(settings, state, timeZone, now);
    subscription = liveQuery(() => loadSnapshot(context, horizon)).subscribe({
      next(snapshot) {
        void write(snapshot);
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
  // The snapshot carries Flourish's words in the language in force: once a new language is in
  // force (lib/store/language applies it from the settings), it is written again in it.
  const onLanguage = () => void restart();
  i18n.on('languageChanged', onLanguage);

  return () => {
    stopped = true;
    clearInterval(timer);
    i18n.off('languageChanged', onLanguage);
    unwatchSettings();
    unwatchState();
    subscription?.unsubscribe();
  };
}
