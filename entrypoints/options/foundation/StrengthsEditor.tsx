import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { AutosaveField } from '../../../components/AutosaveField';
import { focusFirst, nearbyControls } from '../../../components/focus-neighbour';
import { ReorderableList } from '../../../components/ReorderableList';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useUndo } from '../../../components/UndoProvider';
import { useRunAndReport } from '../../../components/use-run-and-report';
import {
  appendToRanking,
  getRankings,
  removeFromRanking,
  restoreToRanking,
  reorderRanking,
  saveStrengthNote,
} from '../../../lib/store/db/strengths';
import type { StrengthRanking } from '../../../lib/domain/types';
import { SIGNATURE_COUNT, rankedStrengths } from '../../../lib/domain/ranking';
import { STRENGTHS, VIA_SURVEY_URL, type Strength } from '../../../lib/domain/strengths';
import { LIMITS } from '../../../lib/domain/validation';
import { StrengthPicker } from './StrengthPicker';
import './strengths-editor.css';

/** The user's VIA ranking: top five required, all 24 optional, reorderable, with a note each. */
export function StrengthsEditor() {
  const { t } = useTranslation('foundation');
  const rankings = useLiveQuery(getRankings, []);
  const offerUndo = useUndo();
  const { error, run } = useRunAndReport();
  const pickerInput = useRef<HTMLInputElement>(null);
  if (!rankings) return null;

  const notes = new Map(rankings.map((r) => [r.id, r.note]));
  const ranked = rankedStrengths(rankings);
  const rankedIds = ranked.map((s) => s.id);
  const unranked = STRENGTHS.filter((s) => !rankedIds.includes(s.id));

  // Focus moves to the next strength's Remove, or to the picker (which now offers the removed one).
  async function remove(strength: Strength, control: HTMLElement) {
    const next = [...nearbyControls(control), pickerInput.current];
    let removed: StrengthRanking | undefined;
    if (!(await run(async () => (removed = await removeFromRanking(strength.id))))) return;
    focusFirst(next);
    if (removed) offerUndo(t('strengths.removed', { name: strength.name }), () => restoreToRanking(removed!));
  }

  const missing = Math.max(0, SIGNATURE_COUNT - ranked.length);
  return (
    <div className="strengths-editor">
      <div className="via-intro">
        <p>
          <Trans
            t={t}
            i18nKey="strengths.survey"
            components={{ survey: <a href={VIA_SURVEY_URL} target="_blank" rel="noreferrer noopener" /> }}
          />
        </p>
        <p className="hint">{t('strengths.credit')}</p>
      </div>

      <p className={missing > 0 ? 'status-line warn' : 'status-line ok'} aria-live="polite">
        {missing > 0
          ? t('strengths.missing', { ranked: ranked.length, needed: SIGNATURE_COUNT, count: missing })
          : t('strengths.set', { needed: SIGNATURE_COUNT, ranked: ranked.length })}
      </p>

      {ranked.length > 0 && (
        <ReorderableList
          ordered
          className="strength-ranking"
          items={ranked}
          getKey={(s) => s.id}
          getLabel={(s) => s.name}
          label={t('strengths.ranking')}
          onReorder={(ids) => run(() => reorderRanking(ids))}
          renderItem={(strength, index) => (
            <RankedStrength
              strength={strength}
              rank={index + 1}
              note={notes.get(strength.id) ?? ''}
              onRemove={(control) => void remove(strength, control)}
            />
          )}
        />
      )}
      <ErrorAlert error={error} />

      {unranked.length > 0 && (
        <StrengthPicker
          unranked={unranked}
          inputRef={pickerInput}
          onPick={(s) => void run(() => appendToRanking(s.id))}
        />
      )}
    </div>
  );
}

function RankedStrength(props: {
  strength: Strength;
  rank: number;
  note: string;
  onRemove: (control: HTMLElement) => void;
}) {
  const { t } = useTranslation('foundation');
  const { strength, rank, note } = props;
  // Open or closed is the user's choice, not "has a note": clearing the note to rewrite it must not
  // close the section (and take focus with it).
  const [noteOpen, setNoteOpen] = useState(Boolean(note));
  return (
    <div className="ranked-strength">
      <div className="ranked-strength-head">
        <span className="rank" aria-hidden="true">
          {rank}
        </span>
        <strong>{strength.name}</strong>
        {rank <= SIGNATURE_COUNT && <span className="badge">{t('strengths.signature')}</span>}
        <button
          type="button"
          className="button quiet danger small"
          data-row-action="remove"
          onClick={(event) => props.onRemove(event.currentTarget)}
        >
          {t('strengths.remove')}
          <span className="visually-hidden"> {strength.name}</span>
        </button>
      </div>
      <p className="hint">{strength.description}</p>
      <details
        className="strength-note"
        open={noteOpen}
        onToggle={(event) => setNoteOpen(event.currentTarget.open)}
      >
        <summary>{note ? t('strengths.myNote') : t('strengths.addNote')}</summary>
        <AutosaveField
          label={t('strengths.howIUse', { name: strength.name })}
          draftKey={`strength.${strength.id}.note`}
          value={note}
          save={(text) => saveStrengthNote(strength.id, text)}
          maxLength={LIMITS.statement}
          placeholder={t('strengths.noteExample')}
        />
      </details>
    </div>
  );
}
