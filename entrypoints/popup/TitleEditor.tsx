import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { renameCommitment } from '../../lib/store/db/commitments';
import type { Commitment } from '../../lib/domain/types';
import { LIMITS } from '../../lib/domain/validation';
import { CharacterCount } from '../../components/CharacterCount';
import { clearDraft, writeDraft } from '../../components/drafts';
import type { ErrorReport } from '../../components/use-run-and-report';
import { useSaveOnHide } from '../../components/use-save-on-hide';
import { titleDraftKey } from './title-draft';

interface TitleEditorProps {
  commitment: Commitment;
  run: ErrorReport['run'];
  clear: ErrorReport['clear'];
  /** Editing ends; `refocus` when by Enter or Escape, so focus goes back to the row. */
  onDone: (refocus: boolean) => void;
}

/**
 * A commitment's title being edited: Enter or leaving the field saves, Escape puts the title back.
 * The words are kept as a draft while typed and saved when the popup closes, so closing it mid-edit
 * loses nothing (a draft a closing popup could not save is saved the next time it opens).
 */
export function TitleEditor({ commitment, run, clear, onDone }: TitleEditorProps) {
  const { t } = useTranslation('popup');
  const [title, setTitle] = useState(commitment.title);
  const latest = useRef(title);
  useEffect(() => {
    latest.current = title;
  });
  // Set once editing ends: moving focus back to the row blurs the field, which must not save again.
  const ended = useRef(false);
  const draftKey = titleDraftKey(commitment.id);

  const saveOnHide = useCallback(async () => {
    const text = latest.current;
    if (text.trim() === commitment.title) return;
    await renameCommitment(commitment.id, text).then(
      () => clearDraft(draftKey),
      () => undefined,
    );
  }, [commitment.id, commitment.title, draftKey]);
  useSaveOnHide(saveOnHide, { onUnmount: false });

  function end(refocus: boolean) {
    ended.current = true;
    clearDraft(draftKey);
    onDone(refocus);
  }

  async function commit(refocus: boolean) {
    if (ended.current) return;
    if (title.trim() === commitment.title) {
      clear();
      return end(refocus);
    }
    if (await run(() => renameCommitment(commitment.id, title))) end(refocus);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit(true);
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      clear();
      end(true);
    }
  }

  return (
    <span className="title-edit">
      <input
        className="input title-input"
        aria-label={t('row.edit', { title: commitment.title })}
        aria-describedby={`edit-count-${commitment.id}`}
        value={title}
        maxLength={LIMITS.commitmentTitle}
        autoFocus
        onChange={(event) => {
          setTitle(event.target.value);
          writeDraft(draftKey, event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => void commit(false)}
      />
      <CharacterCount id={`edit-count-${commitment.id}`} length={title.length} max={LIMITS.commitmentTitle} />
    </span>
  );
}
