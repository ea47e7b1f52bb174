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
