/**
 * Drafts of single fields (see use-field-autosave): each page keeps its own, named for the data,
 * the field and the page (`<key>|<field>|<page>`), with the time it was typed, so two pages typing
 * the same field never write over each other's words, and a page can tell whose a draft is.
 */
import { clearDraft, readDraft, writeDraft } from './drafts';
import { PAGE_ID } from './page-presence';

const PREFIX = 'flourish:draft:';

export interface FieldDraft {
  field: string;
  /** The page that typed it (`PAGE_ID` of that page). */
  page: string;
  value: unknown;
  at: number;
}

/** Whether two stored values are the same, compared as JSON (what a draft holds). */
export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function parse(text: string | null): { value: unknown; at: number } | null {
  try {
    const draft = JSON.parse(text ?? '') as { value?: unknown; at?: unknown } | null;
    return draft && 'value' in draft && typeof draft.at === 'number'
      ? { value: draft.value, at: draft.at }
      : null;
  } catch {
    return null;
  }
}

/** Every field draft under `key`, from every page. */
export function readFieldDrafts(key: string): FieldDraft[] {
  const drafts: FieldDraft[] = [];
  const prefix = `${PREFIX}${key}|`;
  try {
    for (let index = 0; index < localStorage.length; index++) {
      const name = localStorage.key(index);
      if (!name?.startsWith(prefix)) continue;
      const [field, page] = name.slice(prefix.length).split('|');
      const draft = parse(localStorage.getItem(name));
      if (field && page && draft) drafts.push({ field, page, ...draft });
    }
  } catch {
    // Storage disabled: no drafts to find.
  }
  return drafts;
}

/** Keeps one field's unsaved value, as this page's (or `page`'s), stamped with the time. */
export function writeFieldDraft(
  key: string,
  field: string,
  value: unknown,
  { page = PAGE_ID, at = Date.now() }: { page?: string; at?: number } = {},
): void {
  writeDraft(`${key}|${field}|${page}`, JSON.stringify({ value, at }));
}

/**
 * Forgets a page's draft of one field (this page's unless `page` is given); with `ifValue`, only
 * while it still holds that value (typed again meanwhile, it stays).
 */
export function clearFieldDraft(
  key: string,
  field: string,
  { page = PAGE_ID, ifValue }: { page?: string; ifValue?: { value: unknown } } = {},
): void {
  const name = `${key}|${field}|${page}`;
  const draft = parse(readDraft(name));
  if (!ifValue || !draft || sameValue(draft.value, ifValue.value)) clearDraft(name);
}
