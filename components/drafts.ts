/**
 * Unsaved text kept synchronously in localStorage while a save to IndexedDB is pending, so
 * closing the page mid-edit loses nothing: the next visit finds the draft and saves it.
 */
const PREFIX = 'flourish:draft:';

export function readDraft(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

export function writeDraft(key: string, text: string): void {
  try {
    localStorage.setItem(PREFIX + key, text);
  } catch {
    // Storage full or disabled: the debounced save to IndexedDB still runs.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear.
  }
}

/** A field's unsaved value, and when it was typed: a page still open saves it within a second. */
export interface FieldDraft {
  value: unknown;
  at: number;
}

/** The drafts of every field under `key` (written by `writeFieldDraft`), by field name. */
export function readFieldDrafts(key: string): Map<string, FieldDraft> {
  const drafts = new Map<string, FieldDraft>();
  const prefix = `${PREFIX}${key}|`;
  try {
    for (let index = 0; index < localStorage.length; index++) {
      const name = localStorage.key(index);
      if (!name?.startsWith(prefix)) continue;
      const draft = parseFieldDraft(localStorage.getItem(name));
      if (draft) drafts.set(name.slice(prefix.length), draft);
    }
  } catch {
    // Storage disabled: no drafts to find.
  }
  return drafts;
}

function parseFieldDraft(text: string | null): FieldDraft | null {
  try {
    const draft = JSON.parse(text ?? '') as Partial<FieldDraft> | null;
    return draft && 'value' in draft && typeof draft.at === 'number'
      ? { value: draft.value, at: draft.at }
      : null;
  } catch {
    return null;
  }
}

/** Keeps one field's unsaved value, stamped with the time. */
export function writeFieldDraft(key: string, field: string, value: unknown, at: number = Date.now()): void {
  writeDraft(`${key}|${field}`, JSON.stringify({ value, at }));
}

/**
 * Forgets one field's draft; with `ifValue`, only while the draft still holds that value (a newer one
 * typed meanwhile, here or in another page, stays).
 */
export function clearFieldDraft(key: string, field: string, ifValue?: { value: unknown }): void {
  const name = `${key}|${field}`;
  const draft = parseFieldDraft(readDraft(name));
  if (!ifValue || !draft || JSON.stringify(draft.value) === JSON.stringify(ifValue.value)) clearDraft(name);
}
