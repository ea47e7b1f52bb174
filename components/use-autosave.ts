import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../lib/domain/errors';
import { t } from '../lib/i18n';
import { ValidationError } from '../lib/domain/validation';
import { clearDraft, readDraft, writeDraft } from './drafts';
import { useSaveOnHide } from './use-save-on-hide';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** `reverted`: the refused text was put back to the saved one, so the field itself is valid. */
  | { kind: 'error'; message: string; reverted?: boolean };

const SAVE_DELAY_MS = 400;

/**
 * Text that saves itself: every change is kept as a synchronous draft at once and saved through
 * `save` shortly after typing stops, when the field loses focus, and when the page is hidden.
 *
 * While the field is neither focused nor holding unsaved typing it follows `stored`, so a page left
 * open in another tab never saves its old copy over newer text. A refused text (a ValidationError:
 * an emptied title, a duplicate value) is not kept as a draft, as it would only be refused again on
 * every visit: the field keeps it, with the reason, while the user is in it, and on leaving the
 * saved text comes back. Other failures (storage full) keep the draft, so a later visit retries.
 */
export function useAutosave(draftKey: string, stored: string, save: (text: string) => Promise<unknown>) {
  const [restored] = useState(() => readDraft(draftKey));
  const [value, setValue] = useState(restored ?? stored);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // True while the shown text must not be replaced by `stored`: focused, or typed and not yet saved.
  const [holding, setHolding] = useState(restored !== null);
  const [seen, setSeen] = useState(stored);
  if (stored !== seen) {
    setSeen(stored);
    if (!holding) setValue(stored);
  }

  const live = useRef({
    key: draftKey,
    stored,
    save,
    focused: false,
    /** Typed text not yet handed to `save`. */
    pending: restored,
    /** Typed text not yet confirmed saved (pending or being saved). */
    unsaved: restored !== null,
    /** The reason the shown text was refused, while it is still shown. */
    refused: null as string | null,
    /** Saves run one after another, so a slow one never lands after a newer one. */
    queue: Promise.resolve(),
  });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const current = live.current;
    current.stored = stored;
    current.save = save;
    if (current.key !== draftKey) {
      // The field's key follows what it edits (a value keyed by its text): unsaved typing moves along.
      const left = readDraft(current.key);
      if (left !== null) {
        clearDraft(current.key);
        writeDraft(draftKey, left);
      }
      current.key = draftKey;
    }
  });

  const revert = useCallback((reason: string) => {
    const current = live.current;
    current.refused = null;
    setValue(current.stored);
    setHolding(false);
    setState({ kind: 'error', message: t('components:autosave.reverted', { reason }), reverted: true });
  }, []);

  const saveNext = useCallback(async () => {
    const current = live.current;
    const text = current.pending;
    if (text === null) return;
    current.pending = null;
    setState({ kind: 'saving' });
    try {
      await current.save(text);
      if (readDraft(current.key) === text) clearDraft(current.key);
      if (current.pending !== null) return setState({ kind: 'pending' });
      current.unsaved = false;
      setHolding(current.focused);
      setState({ kind: 'saved' });
    } catch (error) {
      if (!(error instanceof ValidationError))
        return setState({ kind: 'error', message: describeError(error) });
      if (readDraft(current.key) === text) clearDraft(current.key);
      if (current.pending !== null) return setState({ kind: 'error', message: error.message });
      current.unsaved = false;
      if (!current.focused) return revert(error.message);
      current.refused = error.message;
      setState({ kind: 'error', message: error.message });
    }
  }, [revert]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const current = live.current;
    current.queue = current.queue.then(saveNext);
    return current.queue;
  }, [saveNext]);

  const onChange = useCallback(
    (text: string) => {
      const current = live.current;
      setValue(text);
      writeDraft(current.key, text);
      current.pending = text;
      current.unsaved = true;
      current.refused = null;
      setHolding(true);
      // A refusal stays in view while the user types their way out of it, until a save lands.
      setState((shown) => (shown.kind === 'error' && !shown.reverted ? shown : { kind: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  const onFocus = useCallback(() => {
    live.current.focused = true;
    setHolding(true);
  }, []);

  const onBlur = useCallback(() => {
    const current = live.current;
    current.focused = false;
    if (current.pending !== null) return void flush();
    if (current.refused !== null) return revert(current.refused);
    if (current.unsaved) return;
    // Nothing typed here: show what is stored now, written elsewhere while this field had focus.
    setValue(current.stored);
    setHolding(false);
  }, [flush, revert]);

  useEffect(() => {
    // A draft left by a page that closed mid-save is saved now.
    if (live.current.pending !== null) void flush();
  }, [flush]);
  useSaveOnHide(flush);

  return { value, onChange, onFocus, onBlur, flush, state };
}
