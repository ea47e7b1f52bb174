import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../lib/errors';
import { clearDraft, readDraft, writeDraft } from './drafts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

const SAVE_DELAY_MS = 400;

/**
 * Text that saves itself: every change is kept as a synchronous draft at once and saved through
 * `save` shortly after typing stops, when the field loses focus, and when the page is hidden.
 */
export function useAutosave(draftKey: string, initial: string, save: (text: string) => Promise<unknown>) {
  const [restored] = useState(() => readDraft(draftKey));
  const [value, setValue] = useState(restored ?? initial);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<string | null>(restored);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const saveRef = useRef(save);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    setState({ kind: 'saving' });
    try {
      await saveRef.current(text);
      if (readDraft(draftKey) === text) clearDraft(draftKey);
      setState(pending.current === null ? { kind: 'saved' } : { kind: 'pending' });
    } catch (error) {
      setState({ kind: 'error', message: describeError(error) });
    }
  }, [draftKey]);

  const onChange = useCallback(
    (text: string) => {
      setValue(text);
      writeDraft(draftKey, text);
      pending.current = text;
      setState({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [draftKey, flush],
  );

  useEffect(() => {
    // A draft left by a page that closed mid-save is saved now.
    if (pending.current !== null) void flush();
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { value, onChange, flush, state };
}
