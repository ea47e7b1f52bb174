import { useCallback, useEffect, useState } from 'react';
import { clearDraft, readDraft, writeDraft } from '../drafts';
import { writeFieldDraft } from '../field-drafts';
import { toFields, type ReviewFields } from './review-fields';

const PREFIX = 'flourish:draft:';
const otherKey = (day: string, commitmentId: string) => `review-other.${day}.${commitmentId}`;

function parseJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/** The words typed for "Other" on `day`, in any page, by commitment. */
export function readOtherWords(day: string, commitmentIds: readonly string[]): Record<string, string> {
  const words: Record<string, string> = {};
  for (const id of commitmentIds) {
    const text = readDraft(otherKey(day, id));
    if (text !== null) words[id] = text;
  }
  return words;
}

/**
 * Words typed for "Other", per commitment: kept in a draft of their own (a closed popup keeps them,
 * and the same review open in another page shows them) until the review is finished, when they
 * become the user's own obstacle.
 */
export function useOtherWords(day: string, commitmentIds: readonly string[]) {
  const ids = commitmentIds.join(' ');
  const [words, setWords] = useState<Record<string, string>>(() => readOtherWords(day, commitmentIds));

  // Words typed in another page show here too (the browser tells other pages of localStorage writes).
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key?.startsWith(`${PREFIX}review-other.${day}.`))
        setWords(readOtherWords(day, ids.split(' ')));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [day, ids]);

  const set = useCallback(
    (commitmentId: string, text: string | null) => {
      if (text === null) clearDraft(otherKey(day, commitmentId));
      else writeDraft(otherKey(day, commitmentId), text);
      setWords((current) => {
        const { [commitmentId]: _left, ...rest } = current;
        return text === null ? rest : { ...rest, [commitmentId]: text };
      });
    },
    [day],
  );
  /** Forgets the words of these commitments: the finished review has them now. */
  const forget = useCallback(
    (finished: readonly string[]) => {
      for (const id of finished) clearDraft(otherKey(day, id));
      setWords((current) =>
        Object.fromEntries(Object.entries(current).filter(([id]) => !finished.includes(id))),
      );
    },
    [day],
  );
  return [words, set, forget] as const;
}

/**
 * An older Flourish kept an unsaved review as one draft of every answer (`review.<day>`), without
 * saying when. Only what cannot undo a later save is taken from it, as drafts saved at once: words
 * where the stored field is empty or is the start of them (typed on, then closed), an outcome, an
 * energy or stress the stored review lacks, and strengths it ticked; its "Other" words move to
 * their own drafts. Then it goes.
 */
export function adoptLegacyReviewDraft(day: string, stored: ReviewFields): void {
  const key = `review.${day}`;
  const legacy = parseJson(readDraft(key)) as {
    answers?: Parameters<typeof toFields>[0];
    otherText?: Record<string, string>;
  } | null;
  if (!legacy) return;
  if (legacy.answers && Array.isArray(legacy.answers.outcomes)) {
    const fields = toFields({ ...legacy.answers, strengthsUsed: legacy.answers.strengthsUsed ?? [] });
    for (const [field, value] of Object.entries(fields)) {
      const now = stored[field];
      const keep =
        typeof value === 'string'
          ? value !== now && typeof now === 'string' && value.startsWith(now)
          : now === undefined && value !== undefined;
      if (keep) writeFieldDraft(key, field, value, { page: 'older-version', at: 0 });
    }
  }
  for (const [id, text] of Object.entries(legacy.otherText ?? {})) {
    if (readDraft(otherKey(day, id)) === null) writeDraft(otherKey(day, id), text);
  }
  clearDraft(key);
}

/**
 * An older Flourish kept an unsaved weekly zoom-out as one draft of its three answers
 * (`weekly.<week>`): answers whose stored text is empty or the start of them become drafts saved at
 * once; then it goes.
 */
export function adoptLegacyWeeklyDraft(key: string, stored: Record<string, string>): void {
  const legacy = parseJson(readDraft(key));
  if (!legacy || typeof legacy !== 'object') return;
  for (const [field, value] of Object.entries(legacy as Record<string, unknown>)) {
    const now = stored[field];
    if (typeof now === 'string' && typeof value === 'string' && value !== now && value.startsWith(now)) {
      writeFieldDraft(key, field, value, { page: 'older-version', at: 0 });
    }
  }
  clearDraft(key);
}
