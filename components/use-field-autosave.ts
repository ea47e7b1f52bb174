import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../lib/errors';
import { ValidationError } from '../lib/validation';
import { clearFieldDraft, readFieldDrafts, writeFieldDraft } from './drafts';

/** Typing pauses this long before a save. */
const SAVE_DELAY_MS = 400;
/**
 * A field draft younger than this may belong to a page still open, which will save it itself: only
 * older ones are taken over (a page closed mid-save left them). Well past the save delay, so a busy
 * machine's slow save does not count as an abandoned one.
 */
export const ABANDONED_AFTER_MS = 3_000;

type Fields = Record<string, unknown>;
interface Overlay {
  held: Record<string, unknown>;
  echo: Record<string, { value: unknown; before: unknown }>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A form over stored data that saves itself field by field, so that the same data open in two
 * places (the review in the popup and in a tab, settings in two tabs) never loses a word:
 *
 * - a field the user has not changed here shows what is stored now, including what another page
 *   saved a moment ago;
 * - a field they changed shows their value until it is saved and the store has caught up;
 * - a save hands `save` only the fields changed since the last save, never a copy of the others.
 *
 * Every change is kept at once in a synchronous draft per field (localStorage), saved shortly after
 * typing stops and when the page is hidden or closed; a draft left by a page that closed before its
 * save landed is saved by the next page that opens the same data.
 */
export function useFieldAutosave<T extends Fields>(
  draftKey: string,
  stored: T,
  save: (changes: Partial<T>) => Promise<unknown>,
) {
  const [error, setError] = useState('');
  /** Whether everything changed here is saved: for a quiet "Saved" beside the form. */
  const [saved, setSaved] = useState(false);
  // Drafts a closed page left behind are shown and saved from the first frame.
  const [left] = useState(() => abandonedDrafts(draftKey, stored, new Set()));
  // What the page shows over the store: a copy of `held` and `echo` below, taken on every change.
  const [overlay, setOverlay] = useState<Overlay>({ held: Object.fromEntries(left.drafts), echo: {} });
  const live = useRef({
    stored,
    save,
    /** Values changed here and not yet confirmed saved. */
    held: new Map<string, unknown>(left.drafts),
    /** Fields changed since the last save began. */
    pending: new Set<string>(left.drafts.keys()),
    /** Values saved from here, shown until the stored value moves from what it was before the save. */
    echo: new Map<string, { value: unknown; before: unknown }>(),
    queue: Promise.resolve(),
  });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const publish = useCallback(() => {
    const { held, echo } = live.current;
    setOverlay({ held: Object.fromEntries(held), echo: Object.fromEntries(echo) });
  }, []);

  useEffect(() => {
    const current = live.current;
    current.stored = stored;
    current.save = save;
    // Once the store has moved on from what it held before a save from here, the store leads again.
    const moved = [...current.echo].filter(([field, { before }]) => !same(stored[field], before));
    for (const [field] of moved) current.echo.delete(field);
    if (moved.length > 0) publish();
  });

  const saveNext = useCallback(async () => {
    const current = live.current;
    if (current.pending.size === 0) return;
    const fields = [...current.pending];
    current.pending.clear();
    const changes = Object.fromEntries(fields.map((field) => [field, current.held.get(field)])) as Partial<T>;
    const before = { ...current.stored };
    try {
      await current.save(changes);
      for (const field of fields) {
        const value = changes[field];
        clearFieldDraft(draftKey, field, { value });
        if (current.pending.has(field)) continue;
        current.held.delete(field);
        current.echo.set(field, { value, before: before[field] });
      }
      setError('');
      setSaved(current.pending.size === 0);
    } catch (failure) {
      // A refused value would be refused again on every visit: it stays on screen, with the reason,
      // but not as a draft. Anything else (storage full) keeps the draft, so a later visit retries.
      if (failure instanceof ValidationError) {
        for (const field of fields) clearFieldDraft(draftKey, field, { value: changes[field] });
      }
      setError(describeError(failure));
    }
    publish();
  }, [draftKey, publish]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const current = live.current;
    current.queue = current.queue.then(saveNext);
    return current.queue;
  }, [saveNext]);

  const change = useCallback(
    <K extends keyof T & string>(field: K, value: T[K]) => {
      const current = live.current;
      current.held.set(field, value);
      current.pending.add(field);
      current.echo.delete(field);
      writeFieldDraft(draftKey, field, value);
      setSaved(false);
      publish();
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [draftKey, flush, publish],
  );

  /** Lets go of every field saved from here (finishing wrote them): they follow the store again. */
  const settle = useCallback(() => {
    const current = live.current;
    for (const field of [...current.held.keys()]) {
      if (current.pending.has(field)) continue;
      current.held.delete(field);
      clearFieldDraft(draftKey, field);
    }
    current.echo.clear();
    publish();
  }, [draftKey, publish]);

  // Drafts left by a page that closed before saving them are saved; one that may still be its own
  // page's is looked at again once it is old enough to have been left behind.
  useEffect(() => {
    let recheck: ReturnType<typeof setTimeout> | undefined;
    const current = live.current;
    const adopt = (found: ReturnType<typeof abandonedDrafts>) => {
      for (const [field, value] of found.drafts) {
        current.held.set(field, value);
        current.pending.add(field);
      }
      if (found.drafts.size > 0) publish();
      if (current.pending.size > 0) void flush();
      if (found.recheckIn !== null) {
        recheck = setTimeout(
          () => adopt(abandonedDrafts(draftKey, current.stored, new Set(current.held.keys()))),
          found.recheckIn,
        );
      }
    };
    adopt({ drafts: new Map(), recheckIn: left.recheckIn });
    return () => clearTimeout(recheck);
  }, [draftKey, flush, publish, left]);

  useEffect(() => {
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

  const values: Fields = { ...stored };
  for (const [field, { value, before }] of Object.entries(overlay.echo)) {
    if (same(stored[field], before)) values[field] = value;
  }
  Object.assign(values, overlay.held);

  return { values: values as T, change, flush, settle, error, saved };
}

/**
 * The field drafts under `key` that a closed page left behind (old enough, not held here, and not
 * already what is stored: those are cleared), and how soon a younger one will be old enough.
 */
function abandonedDrafts(
  key: string,
  stored: Fields,
  held: ReadonlySet<string>,
): { drafts: Map<string, unknown>; recheckIn: number | null } {
  const drafts = new Map<string, unknown>();
  let recheckIn: number | null = null;
  for (const [field, draft] of readFieldDrafts(key)) {
    if (held.has(field)) continue;
    const age = Date.now() - draft.at;
    if (age < ABANDONED_AFTER_MS) {
      recheckIn = Math.max(recheckIn ?? 0, ABANDONED_AFTER_MS - age);
    } else if (same(draft.value, stored[field])) {
      clearFieldDraft(key, field, draft);
    } else {
      drafts.set(field, draft.value);
    }
  }
  return { drafts, recheckIn };
}
