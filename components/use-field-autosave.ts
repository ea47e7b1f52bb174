import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../lib/domain/errors';
import { t } from '../lib/i18n';
import { ValidationError } from '../lib/domain/validation';
import {
  clearFieldDraft,
  readFieldDrafts,
  sameValue,
  writeFieldDraft,
  type FieldDraft,
} from './field-drafts';
import { useSaveOnHide } from './use-save-on-hide';
import { PAGE_ID, announcePage, canTellOpenPages, isPageOpen, whenPageCloses } from './page-presence';

/** Typing pauses this long before a save. */
const SAVE_DELAY_MS = 400;
/**
 * Where the browser cannot say whether a draft's page is still open (no Web Locks), a draft older
 * than this counts as left behind: an open page saves its own within a second.
 */
export const ABANDONED_AFTER_MS = 3_000;

type Fields = Record<string, unknown>;
/**
 * A value saved from here, shown until another page changes the field: `before` is what the store
 * held when each save of the field began, `earlier` the values saved from here before it, any of
 * which a slow read may still bring after the latest (the first of two quick saves after both, or
 * what was stored before either of them).
 */
interface Echo {
  value: unknown;
  before: unknown[];
  earlier: unknown[];
}

interface Overlay {
  held: Record<string, unknown>;
  echo: Record<string, Echo>;
}

/**
 * Whether the store leads a field again: another page changed it to a value this page neither saved
 * nor saw before its saves. A value of this page's own, the latest or an earlier one, or what the
 * store held before them (a slow read on its way) leaves the echo, which shows the latest.
 */
function storeLeads(stored: unknown, { value, before, earlier }: Echo): boolean {
  return ![value, ...before, ...earlier].some((known) => sameValue(stored, known));
}

/** How many earlier values of a field an echo remembers: a slow read is never that far behind. */
const HISTORY = 20;

/** Of several drafts left of one field, the newest: the last words typed. */
function newestPerField(drafts: readonly FieldDraft[]): Map<string, FieldDraft> {
  const newest = new Map<string, FieldDraft>();
  for (const draft of drafts) {
    const known = newest.get(draft.field);
    if (!known || draft.at > known.at) newest.set(draft.field, draft);
  }
  return newest;
}

/**
 * Takes over drafts other pages left behind: of each field's, the newest becomes this page's own
 * (moved to this page's draft, so it survives this page closing too) unless the field is already
 * what is stored, or being changed here; the others go. Returns the fields to save, with values.
 */
function adoptDrafts(
  key: string,
  drafts: readonly FieldDraft[],
  stored: Fields,
  changedHere: ReadonlySet<string>,
): Map<string, unknown> {
  const adopted = new Map<string, unknown>();
  for (const draft of newestPerField(drafts).values()) {
    if (changedHere.has(draft.field) || sameValue(draft.value, stored[draft.field])) continue;
    writeFieldDraft(key, draft.field, draft.value);
    adopted.set(draft.field, draft.value);
  }
  for (const draft of drafts) clearFieldDraft(key, draft.field, { page: draft.page, ifValue: draft });
  return adopted;
}

/**
 * A form over stored data that saves itself field by field, so that the same data open in two
 * places (the review in the popup and in a tab, settings in two tabs) never loses a word:
 *
 * - a field the user has not changed here shows what is stored now, including what another page
 *   saved a moment ago;
 * - a field they changed shows their value until it is saved and the store has caught up;
 * - a save hands `save` only the fields changed since the last save, never a copy of the others;
 *   one that fails for any reason but a refusal is tried again with the next save.
 *
 * Every change is kept at once in a draft of this page's own (localStorage), saved shortly after
 * typing stops and when the page is hidden or closed. Drafts another page left behind (it closed
 * before its save landed) are taken over and saved; those of a page still open are left to it.
 */
export function useFieldAutosave<T extends Fields>(
  draftKey: string,
  stored: T,
  save: (changes: Partial<T>) => Promise<unknown>,
) {
  const [error, setError] = useState('');
  /** Whether everything changed here is saved: for a quiet "Saved" beside the form. */
  const [saved, setSaved] = useState(false);
  // Where it cannot be asked whether a draft's page is open, drafts old enough to have been left
  // behind are shown and saved from the first frame; elsewhere the browser is asked, a moment later.
  const [initial] = useState(() => {
    if (canTellOpenPages()) return [];
    const old = readFieldDrafts(draftKey).filter((draft) => Date.now() - draft.at >= ABANDONED_AFTER_MS);
    return [...adoptDrafts(draftKey, old, stored, new Set())];
  });
  // What the page shows over the store: a copy of `held` and `echo` below, taken on every change.
  const [overlay, setOverlay] = useState<Overlay>(() => ({
    held: Object.fromEntries(initial),
    echo: {},
  }));
  const live = useRef({
    stored,
    save,
    /** Values changed here (or taken over) and not yet confirmed saved. */
    held: new Map<string, unknown>(initial),
    /** Fields to save with the next save. */
    pending: new Set<string>(initial.map(([field]) => field)),
    /** Values saved from here, shown until the store leads again (`storeLeads`). */
    echo: new Map<string, Echo>(),
    /** Per field, the values saved from here since another page last changed it, oldest first. */
    sent: new Map<string, unknown[]>(),
    /** What the store held as each of those saves began: a slow read may still bring any of them. */
    befores: new Map<string, unknown[]>(),
    /** Why the last save failed, until one succeeds. */
    failure: null as unknown,
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
    // Once another page changed the field, the store leads again, and this page's history of it goes.
    const moved = [...current.echo].filter(([field, echo]) => storeLeads(stored[field], echo));
    for (const [field] of moved) {
      current.echo.delete(field);
      current.sent.delete(field);
      current.befores.delete(field);
    }
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
        clearFieldDraft(draftKey, field, { ifValue: { value } });
        const earlier = current.sent.get(field) ?? [];
        current.sent.set(field, [...earlier, value].slice(-HISTORY));
        const befores = [...(current.befores.get(field) ?? []), before[field]].slice(-HISTORY);
        current.befores.set(field, befores);
        if (current.pending.has(field)) continue;
        current.held.delete(field);
        current.echo.set(field, { value, before: befores, earlier });
      }
      current.failure = null;
      setError('');
      setSaved(current.pending.size === 0);
    } catch (failure) {
      current.failure = failure;
      // A refused value would be refused again on every visit: it stays on screen, with the reason,
      // but not as a draft. Anything else (storage full) keeps the draft and is tried again.
      if (failure instanceof ValidationError) {
        for (const field of fields) clearFieldDraft(draftKey, field, { ifValue: { value: changes[field] } });
      } else {
        for (const field of fields) current.pending.add(field);
      }
      setError(describeError(failure));
      setSaved(false);
    }
    publish();
  }, [draftKey, publish]);

  /** Saves what is waiting now; resolves with why it could not, or null once everything is saved. */
  const flush = useCallback(async (): Promise<string | null> => {
    clearTimeout(timer.current);
    const current = live.current;
    current.queue = current.queue.then(saveNext);
    await current.queue;
    if (current.failure !== null) return describeError(current.failure);
    return current.pending.size === 0 ? null : t('components:autosave.stillSaving');
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

  /**
   * After the data was finished elsewhere with what was saved from here (a finished review): fields
   * saved from here follow the store again. Fields still unsaved or refused stay as they are.
   */
  const settle = useCallback(() => {
    live.current.echo.clear();
    publish();
  }, [publish]);

  // Drafts of other pages: taken over when their page has gone, left to it while it is open.
  useEffect(() => {
    announcePage();
    const current = live.current;
    const stops: (() => void)[] = [];
    let recheck: ReturnType<typeof setTimeout> | undefined;
    let active = true;
    const takeOver = (drafts: readonly FieldDraft[]) => {
      const adopted = adoptDrafts(draftKey, drafts, current.stored, new Set(current.held.keys()));
      for (const [field, value] of adopted) {
        current.held.set(field, value);
        current.pending.add(field);
      }
      if (adopted.size > 0) {
        publish();
        void flush();
      }
    };
    const look = async () => {
      const others = readFieldDrafts(draftKey).filter((draft) => draft.page !== PAGE_ID);
      const left: FieldDraft[] = [];
      let wait: number | null = null;
      for (const draft of others) {
        const age = Date.now() - draft.at;
        const open = (await isPageOpen(draft.page)) ?? (age >= ABANDONED_AFTER_MS ? false : null);
        if (!active) return;
        if (open === false) left.push(draft);
        else if (open === true) stops.push(whenPageCloses(draft.page, () => active && void look()));
        else wait = Math.max(wait ?? 0, ABANDONED_AFTER_MS - age);
      }
      takeOver(left);
      if (wait !== null) recheck = setTimeout(() => void look(), wait);
    };
    if (current.pending.size > 0) void flush();
    void look();
    return () => {
      active = false;
      clearTimeout(recheck);
      for (const stop of stops) stop();
    };
  }, [draftKey, flush, publish]);

  useSaveOnHide(flush);

  const values: Fields = { ...stored };
  for (const [field, echo] of Object.entries(overlay.echo)) {
    if (!storeLeads(stored[field], echo)) values[field] = echo.value;
  }
  Object.assign(values, overlay.held);

  return { values: values as T, change, flush, settle, error, saved };
}
