import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AddItemForm } from '../../components/AddItemForm';
import { FocusLines } from '../../components/FocusLines';
import { StrengthOfTheDay } from '../../components/StrengthOfTheDay';
import { PlanOffers } from '../../components/PlanOffers';
import { useUndo } from '../../components/UndoProvider';
import { useDayCommitments } from '../../components/use-day-commitments';
import { useOptimisticValues } from '../../components/use-optimistic-values';
import { useRunAndReport } from '../../components/use-run-and-report';
import { useToday } from '../../components/use-today';
import { tellWorkerListChanged } from '../../components/tell-worker';
import {
  addCommitment,
  dropCommitment,
  markCommitmentDone,
  reopenCommitment,
  reorderCommitments,
  setCommitmentStatus,
} from '../../lib/store/db/commitments';
import { dayOffOn } from '../../lib/store/db/days-off';
import { goalsInOrder } from '../../lib/store/db/goals';
import { planOffersOn } from '../../lib/store/plan-offers';
import { getRankings } from '../../lib/store/db/strengths';
import type { Commitment } from '../../lib/domain/types';
import { formatDayLong } from '../../lib/domain/format';
import { dayOffNote, formatProgress } from '../../lib/domain/words';
import { signatureStrengths } from '../../lib/domain/ranking';
import { ideaOnList, spotlightFor } from '../../lib/domain/spotlight';
import { STRENGTHS } from '../../lib/domain/strengths';
import { LIMITS } from '../../lib/domain/validation';
import { CommitmentRow, rowFocusId } from './CommitmentRow';
import { DroppedList } from './DroppedList';
import { LinkPanel } from './LinkPanel';
import { PinnedFooter } from './PinnedFooter';
import { TodayList } from './TodayList';
import { useCarriedLabels, useDayFocus } from './use-review-echo';
import './today.css';

/** Above this many open commitments the popup suggests focusing. */
const FOCUS_LIMIT = 5;

/** Today's commitments: add, tick, reorder, link, drop; the top strengths and links pinned below. */
export function Today({ banner }: { banner: ReactNode }) {
  const { t } = useTranslation('popup');
  const day = useToday();
  const offerUndo = useUndo();
  const commitments = useDayCommitments(day);
  const goals = useLiveQuery(goalsInOrder, []);
  const rankings = useLiveQuery(getRankings, []);
  const focus = useDayFocus(day);
  const carried = useCarriedLabels(commitments);
  const dayOff = useLiveQuery(() => dayOffOn(day), [day]);
  // What a finished review carried here and is worth a plan: offered the next morning.
  const offers = useLiveQuery(() => planOffersOn(day), [day]);
  // One alert under the field, for a commitment refused or a drop that failed.
  const errors = useRunAndReport();
  const [expanded, setExpanded] = useState<string | null>(null);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The element to focus once the list has re-rendered: after a drop, or when a panel closes,
  // keyboard users stay where they were instead of falling back to the top of the page.
  const focusNext = useRef<string | null>(null);

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
  const spotlight = useMemo(() => spotlightFor(day, signature), [day, signature]);

  if (commitments === undefined) return null;

  const live = commitments.filter((c) => c.status !== 'dropped');
  const dropped = commitments.filter((c) => c.status === 'dropped');
  const done = live.filter((c) => valueOf(c.id)).length;
  // Reviewed as not done: settled (carried, moved or let go in the review), so no longer open.
  const open = live.filter((c) => c.status !== 'not-done' && !valueOf(c.id)).length;
  const added = justAdded ? commitments.find((c) => c.id === justAdded) : undefined;

  async function add(text: string) {
    const commitment = await addCommitment(day, text);
    setJustAdded(commitment.id);
    setExpanded(null);
    setAnnouncement(t('today.added', { title: commitment.title }));
    tellWorkerListChanged();
  }

  async function drop(commitment: Commitment) {
    const index = live.findIndex((c) => c.id === commitment.id);
    const neighbour = live[index + 1] ?? live[index - 1];
    await errors.run(async () => {
      await dropCommitment(commitment.id);
      tellWorkerListChanged();
      if (justAdded === commitment.id) setJustAdded(null);
      // Focus moves on before the row goes, and before Undo is offered: closing the offer returns
      // focus to where it was then, which must not be the dropped row's button.
      document.getElementById(neighbour ? rowFocusId(neighbour.id) : 'new-commitment')?.focus();
      offerUndo(t('today.dropped', { title: commitment.title }), async () => {
        await setCommitmentStatus(commitment.id, commitment.status);
        tellWorkerListChanged();
      });
    });
  }

  const choices = { activeGoals, signature, others };
  const focusAddField = () => document.getElementById('new-commitment')?.focus();

  return (
    <main className="popup">
      <header className="popup-header">
        <div className="popup-title-line">
          <h1>{t('today.heading')}</h1>
          <p className="date">{formatDayLong(day)}</p>
          {live.length > 0 && <span className="progress">{formatProgress(done, live.length)}</span>}
        </div>
        {live.length > 0 && <progress value={done} max={live.length} aria-label={t('today.progress')} />}
      </header>

      <FocusLines lines={focus} />

      {banner}

      <PlanOffers
        offers={offers}
        today={day}
        headingLevel={2}
        open={false}
        limit={1}
        onEmpty={focusAddField}
      />

      <AddItemForm
        id="new-commitment"
        className="add-form"
        label={t('today.addLabel')}
        // The placeholder says what the field is for; the label is read by screen readers.
        labelClassName="visually-hidden"
        maxLength={LIMITS.commitmentTitle}
        placeholder={t('today.addPlaceholder')}
        autoFocus
        onAdd={add}
        failure={t('today.addFailed')}
        errors={errors}
      />

      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      {added && (
        <LinkPanel
          {...choices}
          commitment={added}
          heading={t('today.linkNew', { title: added.title })}
          onClose={() => {
            setJustAdded(null);
            focusNext.current = 'new-commitment';
          }}
        />
      )}

      {open > FOCUS_LIMIT && (
        <p className="focus-cue" role="status">
          {t('today.focusCue', { count: open })}
        </p>
      )}

      {live.length === 0 ? (
        <p className="empty">{dayOff ? dayOffNote(dayOff.label) : t('today.empty')}</p>
      ) : (
        <>
          <TodayList
            items={live}
            getKey={(c) => c.id}
            getLabel={(c) => c.title}
            label={t('today.list')}
            hintId="today-keys"
            onReorder={(ids) => reorderCommitments(ids)}
            renderRow={(commitment, row) => (
              <>
                <CommitmentRow
                  commitment={commitment}
                  done={valueOf(commitment.id) ?? false}
                  goals={goalsById}
                  carried={carried.get(commitment.id)}
                  row={row}
                  hintId="today-keys"
                  isFirst={commitment.id === live[0]?.id}
                  isLast={commitment.id === live.at(-1)?.id}
                  panelOpen={expanded === commitment.id}
                  onToggleDone={(checked) =>
                    void track(commitment.id, checked, () =>
                      (checked ? markCommitmentDone(commitment.id) : reopenCommitment(commitment.id)).then(
                        tellWorkerListChanged,
                      ),
                    )
                  }
                  onTogglePanel={() => setExpanded(expanded === commitment.id ? null : commitment.id)}
                  onDrop={() => void drop(commitment)}
                />
                {expanded === commitment.id && (
                  <LinkPanel
                    {...choices}
                    commitment={commitment}
                    heading={t('today.linkRow')}
                    onClose={() => {
                      setExpanded(null);
                      focusNext.current = rowFocusId(commitment.id);
                    }}
                  />
                )}
              </>
            )}
          />
          <p className="list-keys" id="today-keys">
            {t('today.keys')}
          </p>
        </>
      )}

      {spotlight && (
        <StrengthOfTheDay
          day={day}
          spotlight={{
            id: spotlight.strength.id,
            name: spotlight.strength.name,
            idea: spotlight.idea,
            onList: ideaOnList(spotlight.idea, commitments) !== undefined,
          }}
          className="popup-spotlight"
          headingId="spotlight-heading"
        />
      )}

      <DroppedList dropped={dropped} />

      <PinnedFooter signature={signature} />
    </main>
  );
}
