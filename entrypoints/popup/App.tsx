import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { CharacterCount } from '../../components/CharacterCount';
import { ReorderableList } from '../../components/ReorderableList';
import { DailyReview } from '../../components/review/DailyReview';
import { ReviewDue } from '../../components/ReviewDue';
import { StrengthChips } from '../../components/StrengthChips';
import { UndoProvider, useUndo } from '../../components/UndoProvider';
import { useOptimisticValues } from '../../components/use-optimistic-values';
import { usePendingReviews } from '../../components/use-pending-reviews';
import { useToday } from '../../components/use-today';
import {
  addCommitment,
  commitmentsForDay,
  dropCommitment,
  markCommitmentDone,
  reopenCommitment,
  reorderCommitments,
  setCommitmentStatus,
} from '../../lib/store/db/commitments';
import { goalsInOrder } from '../../lib/store/db/goals';
import { ensureRecurringCommitments } from '../../lib/store/db/recurrences';
import { getRankings } from '../../lib/store/db/strengths';
import type { Commitment } from '../../lib/domain/types';
import { describeError } from '../../lib/domain/errors';
import { formatDayLong, formatProgress } from '../../lib/domain/format';
import { signatureStrengths } from '../../lib/domain/ranking';
import { STRENGTHS } from '../../lib/domain/strengths';
import { LIMITS } from '../../lib/domain/validation';
import { CommitmentRow, linkButtonId, titleId } from './CommitmentRow';
import { LinkPanel } from './LinkPanel';
import { tellWorkerListChanged } from '../../components/tell-worker';

/** Above this many open commitments the popup suggests focusing. */
const FOCUS_LIMIT = 5;

export default function App() {
  const today = useToday();
  const pending = usePendingReviews();
  const [chosen, setChosen] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);

  // When today's review is due, the popup opens on it; it stays open (through "Review saved")
  // until the user leaves it, even though finishing it means it is no longer waiting.
  if (opened === null && !dismissed && pending?.[0] === today) setOpened(today);
  const reviewDay = chosen ?? opened;

  if (reviewDay) {
    return (
      <main className="popup">
        <DailyReview
          key={reviewDay}
          day={reviewDay}
          isToday={reviewDay === today}
          weeklyHref={(week) => browser.runtime.getURL(`/review.html?week=${week}`)}
          onClose={() => {
            setChosen(null);
            setOpened(null);
            setDismissed(true);
          }}
        />
      </main>
    );
  }
  return (
    <UndoProvider>
      <Today
        banner={
          pending && (
            <ReviewDue pending={pending} today={today} open={(day) => ({ onClick: () => setChosen(day) })} />
          )
        }
      />
    </UndoProvider>
  );
}

/**
 * Keeps keyboard focus clear of the pinned strengths and links: the page's scroll padding follows
 * their height (more chips wrap onto more lines).
 */
function pinnedScrollPadding(element: HTMLElement | null) {
  if (!element) return;
  const observer = new ResizeObserver(() => {
    document.documentElement.style.scrollPaddingBottom = `${element.offsetHeight + 8}px`;
  });
  observer.observe(element);
  return () => observer.disconnect();
}

function openOptions(hash: string) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
  window.close();
}

function Today({ banner }: { banner: ReactNode }) {
  const day = useToday();
  const offerUndo = useUndo();
  const commitments = useLiveQuery(() => commitmentsForDay(day), [day]);
  const goals = useLiveQuery(goalsInOrder, []);
  const rankings = useLiveQuery(getRankings, []);
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  const [expanded, setExpanded] = useState<string | null>(null);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The element to focus once the list has re-rendered: after a drop, or when a panel closes,
  // keyboard users stay where they were instead of falling back to the top of the page.
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    void ensureRecurringCommitments(day);
  }, [day]);

  useEffect(() => {
    const element = focusNext.current && document.getElementById(focusNext.current);
    if (!element) return;
    element.focus();
    focusNext.current = null;
  });

  useEffect(() => {
    // Read by `npm run bench`: the moment the popup shows today's data.
    if (commitments !== undefined) performance.mark('flourish:ready');
  }, [commitments]);

  const stored = useMemo(
    () => new Map((commitments ?? []).map((c) => [c.id, c.status === 'done'])),
    [commitments],
  );
  const { valueOf, track } = useOptimisticValues(stored);

  const signature = useMemo(() => (rankings ? signatureStrengths(rankings) : []), [rankings]);
  const others = useMemo(() => STRENGTHS.filter((s) => !signature.includes(s)), [signature]);
  const goalsById = useMemo(() => goals && new Map(goals.map((g) => [g.id, g])), [goals]);
  const activeGoals = useMemo(() => (goals ?? []).filter((g) => g.status === 'active'), [goals]);

  if (commitments === undefined) return null;

  const live = commitments.filter((c) => c.status !== 'dropped');
  const dropped = commitments.filter((c) => c.status === 'dropped');
  const done = live.filter((c) => valueOf(c.id)).length;
  // Reviewed as not done: settled (carried, moved or let go in the review), so no longer open.
  const open = live.filter((c) => c.status !== 'not-done' && !valueOf(c.id)).length;
  const added = justAdded ? commitments.find((c) => c.id === justAdded) : undefined;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Cleared at once, so the next one can be typed while this one saves; put back if refused.
    const text = title;
    setTitle('');
    try {
      const commitment = await addCommitment(day, text);
      setError('');
      setJustAdded(commitment.id);
      setExpanded(null);
      setAnnouncement(`Added “${commitment.title}”.`);
      tellWorkerListChanged();
    } catch (failure) {
      setTitle((current) => current || text);
      setError(describeError(failure, 'That commitment could not be saved.'));
    }
  }

  async function drop(commitment: Commitment) {
    const index = live.findIndex((c) => c.id === commitment.id);
    const neighbour = live[index + 1] ?? live[index - 1];
    try {
      await dropCommitment(commitment.id);
      tellWorkerListChanged();
      if (justAdded === commitment.id) setJustAdded(null);
      // Focus moves on before the row goes, and before Undo is offered: closing the offer returns
      // focus to where it was then, which must not be the dropped row's button.
      document.getElementById(neighbour ? titleId(neighbour.id) : 'new-commitment')?.focus();
      offerUndo(`Dropped “${commitment.title}”.`, async () => {
        await setCommitmentStatus(commitment.id, commitment.status);
        tellWorkerListChanged();
      });
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  const choices = { activeGoals, signature, others };

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Today</h1>
        <p className="date">{formatDayLong(day)}</p>
        {live.length > 0 && (
          <div className="progress-line">
            <progress value={done} max={live.length} aria-label="Today’s progress" />
            <span className="progress">{formatProgress(done, live.length)}</span>
          </div>
        )}
      </header>

      {banner}

      <form onSubmit={onSubmit} className="add-form">
        <label htmlFor="new-commitment">Commit to an action</label>
        <input
          id="new-commitment"
          className="input"
          value={title}
          maxLength={LIMITS.commitmentTitle}
          placeholder="What will you do today? Press Enter to add"
          aria-invalid={error ? true : undefined}
          aria-describedby={`new-commitment-count${error ? ' new-commitment-error' : ''}`}
          onChange={(event) => {
            setTitle(event.target.value);
            setError('');
          }}
          autoFocus
        />
        <CharacterCount id="new-commitment-count" length={title.length} max={LIMITS.commitmentTitle} />
        {error && (
          <p id="new-commitment-error" className="error" role="alert">
            {error}
          </p>
        )}
      </form>

      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      {added && (
        <LinkPanel
          {...choices}
          commitment={added}
          heading={`Link “${added.title}” (optional)`}
          onClose={() => {
            setJustAdded(null);
            focusNext.current = 'new-commitment';
          }}
        />
      )}

      {open > FOCUS_LIMIT && (
        <p className="focus-cue" role="status">
          {open} open commitments. A short list gets done: which ones matter most today? Drop the rest or move
          them to another day.
        </p>
      )}

      {live.length === 0 ? (
        <p className="empty">
          Nothing committed yet today. What is the one action that would make today count? Type it above and
          press Enter.
        </p>
      ) : (
        <ReorderableList
          className="commitment-list"
          items={live}
          getKey={(c) => c.id}
          getLabel={(c) => c.title}
          label="Today’s commitments"
          onReorder={(ids) => reorderCommitments(ids)}
          renderItem={(commitment) => (
            <>
              <CommitmentRow
                commitment={commitment}
                done={valueOf(commitment.id) ?? false}
                goals={goalsById}
                expanded={expanded === commitment.id}
                onToggleDone={(checked) =>
                  void track(commitment.id, checked, () =>
                    (checked ? markCommitmentDone(commitment.id) : reopenCommitment(commitment.id)).then(
                      tellWorkerListChanged,
                    ),
                  )
                }
                onToggleDetails={() => setExpanded(expanded === commitment.id ? null : commitment.id)}
                onDrop={() => void drop(commitment)}
              />
              {expanded === commitment.id && (
                <LinkPanel
                  {...choices}
                  commitment={commitment}
                  heading="Links and plan"
                  onClose={() => {
                    setExpanded(null);
                    focusNext.current = linkButtonId(commitment.id);
                  }}
                />
              )}
            </>
          )}
        />
      )}

      {dropped.length > 0 && (
        <details className="dropped">
          <summary>Dropped ({dropped.length})</summary>
          <ul>
            {dropped.map((c) => (
              <li key={c.id}>
                <span className="dropped-title">{c.title}</span>
                <button
                  type="button"
                  className="button quiet small"
                  aria-label={`Restore “${c.title}”`}
                  onClick={() => void reopenCommitment(c.id).then(tellWorkerListChanged)}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}

      <div className="popup-pinned" ref={pinnedScrollPadding}>
        {signature.length > 0 && (
          <section className="popup-strengths" aria-labelledby="strengths-heading">
            <h2 id="strengths-heading">My top strengths</h2>
            <StrengthChips strengths={signature} label="My top strengths" />
          </section>
        )}

        <footer className="popup-footer">
          <button type="button" className="link-button" onClick={() => openOptions('#/vision')}>
            Vision and goals
          </button>
          <button type="button" className="link-button" onClick={() => openOptions('#/recurring')}>
            Recurring
          </button>
          <button type="button" className="link-button" onClick={() => openOptions('#/settings')}>
            Settings
          </button>
        </footer>
      </div>
    </main>
  );
}
