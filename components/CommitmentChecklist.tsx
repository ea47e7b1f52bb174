import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { markCommitmentDone, reopenCommitment } from '../lib/store/db/commitments';
import type { Commitment, IfThenPlan } from '../lib/domain/types';
import { checklistItemClass } from './checklist-item';
import { IfThenLine } from './IfThenLine';
import { useOptimisticValues } from './use-optimistic-values';
import './commitment-checklist.css';

/** Marks a commitment the day's review settled as not done: it can no longer be ticked. */
function NotDoneNote() {
  const { t } = useTranslation('today');
  return <span className="not-done-note">{t('checklist.notDone')}</span>;
}

/** A commitment's goal and strength, and where it was carried from, as small labels under its title. */
function CommitmentTags({ goal, strength, carried }: { goal?: string; strength?: string; carried?: string }) {
  const { t } = useTranslation('today');
  if (!goal && !strength && !carried) return null;
  return (
    <span className="commitment-tags">
      {goal && (
        <span className="tag">
          <span className="visually-hidden">{t('checklist.goal')}</span>
          {goal}
        </span>
      )}
      {strength && (
        <span className="tag strength">
          <span className="visually-hidden">{t('checklist.strength')}</span>
          {strength}
        </span>
      )}
      {carried && (
        <span className="tag carried" title={carried}>
          {carried}
        </span>
      )}
    </span>
  );
}

/** A tick-able list of a day's commitments; ticking writes through lib/store/db at once. */
export function CommitmentChecklist({
  commitments,
  label,
  timing,
  tags,
}: {
  /** Full rows from the database, or the snapshot's (id, title, status) before it answers. */
  commitments: readonly Pick<Commitment, 'id' | 'title' | 'status'>[];
  label: string;
  /** Element Timing name for the first item's text, read by `npm run bench`. */
  timing?: string;
  /** The goal's title, the strength's name, where it was carried from and its if-then plan, to show with a commitment, by its id. */
  tags?: (
    id: string,
  ) => { goal?: string; strength?: string; carried?: string; ifThen?: IfThenPlan } | undefined;
}) {
  const stored = useMemo(() => new Map(commitments.map((c) => [c.id, c.status === 'done'])), [commitments]);
  const { valueOf, track } = useOptimisticValues(stored);

  return (
    <ul className="checklist" aria-label={label}>
      {commitments.map((commitment, index) => {
        const done = valueOf(commitment.id) ?? false;
        const labels = tags?.(commitment.id);
        return (
          <li key={commitment.id} className={checklistItemClass(commitment.status, done)}>
            <input
              type="checkbox"
              id={`commitment-${commitment.id}`}
              aria-describedby={labels?.ifThen ? `plan-${commitment.id}` : undefined}
              checked={done}
              disabled={commitment.status === 'not-done'}
              onChange={(event) => {
                const checked = event.target.checked;
                void track(commitment.id, checked, () =>
                  checked ? markCommitmentDone(commitment.id) : reopenCommitment(commitment.id),
                );
              }}
            />
            <label
              htmlFor={`commitment-${commitment.id}`}
              {...(timing && index === 0 ? ({ elementtiming: timing } as Record<string, string>) : {})}
            >
              {commitment.title}
              {commitment.status === 'not-done' && <NotDoneNote />}
            </label>
            <CommitmentTags goal={labels?.goal} strength={labels?.strength} carried={labels?.carried} />
            {labels?.ifThen && <IfThenLine plan={labels.ifThen} id={`plan-${commitment.id}`} />}
          </li>
        );
      })}
    </ul>
  );
}
