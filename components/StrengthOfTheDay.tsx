import { useTranslation } from 'react-i18next';
import type { DayKey } from '../lib/domain/days';
import { ideaButtonText, spotlightHeading } from '../lib/domain/newtab-words';
import { commitToIdea, removeAddedCommitment } from '../lib/store/db/commitments';
import { ErrorAlert } from './ErrorAlert';
import { IDEA_BUTTON_CLASS, ON_LIST_MARK } from './strength-idea';
import { tellWorkerListChanged } from './tell-worker';
import { useUndo } from './UndoProvider';
import { useRunAndReport } from './use-run-and-report';
import './strength-of-the-day.css';

export interface StrengthOfTheDayProps {
  day: DayKey;
  /** The strength (its id, absent only in an old first-paint snapshot), its idea for today, and whether that is on the list. */
  spotlight: { id?: string; name: string; idea: string; onList: boolean };
  className: string;
  headingId: string;
}

/**
 * The strength of the day and its idea for using it in a new way, which one click (or Enter) makes
 * today's commitment, linked to the strength; once it is on the list the button says so and adds
 * nothing more, and Undo takes the new commitment back. The new tab's first paint draws the same.
 */
export function StrengthOfTheDay({ day, spotlight, className, headingId }: StrengthOfTheDayProps) {
  const { t } = useTranslation('today');
  const offerUndo = useUndo();
  const { error, run } = useRunAndReport();
  const { id, idea, onList } = spotlight;

  async function commit() {
    if (onList || !id) return;
    await run(async () => {
      const { commitment, added } = await commitToIdea(day, id, idea);
      if (!added) return;
      tellWorkerListChanged();
      offerUndo(t('strength.added', { name: spotlight.name }), async () => {
        await removeAddedCommitment(commitment.id);
        tellWorkerListChanged();
      });
    }, t('strength.failed'));
  }

  return (
    <aside className={className} aria-labelledby={headingId}>
      <h2 id={headingId} className="eyebrow">
        {spotlightHeading(spotlight.name)}
      </h2>
      <p>{idea}</p>
      <button
        type="button"
        className={IDEA_BUTTON_CLASS}
        aria-disabled={onList || undefined}
        onClick={() => void commit()}
      >
        {onList ? (
          <>
            <span aria-hidden="true">{ON_LIST_MARK}</span>
            {ideaButtonText(true)}
          </>
        ) : (
          ideaButtonText(false)
        )}
      </button>
      <ErrorAlert error={error} />
    </aside>
  );
}
