import { useCallback, useState } from 'react';
import { clearDraft, readDraft, writeDraft, writeFieldDraft } from '../drafts';
import { toFields, type ReviewFields } from './review-fields';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function parseJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Words typed for "Other", per commitment: they stay on this page (kept in a draft, so a closed
 * popup keeps them) until the review is finished, when they become the user's own obstacle.
 */
export function useOtherWords(day: string) {
  const key = `review-other.${day}`;
  const [words, setWords] = useState<Record<string, string>>(() => {
    const saved = parseJson(readDraft(key));
    return saved && typeof saved === 'object' ? (saved as Record<string, string>) : {};
  });
  const set = useCallback(
    (commitmentId: string, text: string | null) => {
      setWords((current) => {
        const { [commitmentId]: _left, ...rest } = current;
        const next = text === null ? rest : { ...rest, [commitmentId]: text };
        if (Object.keys(next).length === 0) clearDraft(key);
        else writeDraft(key, JSON.stringify(next));
        return next;
      });
    },
    [key],
  );
  const forget = useCallback(() => {
    clearDraft(key);
    setWords({});
  }, [key]);
  return [words, set, forget] as const;
}

/**
 * An older Flourish kept an unsaved review as one draft of every answer (`review.<day>`). Its
 * answers that differ from the stored review become field drafts, old enough to be saved at once,
 * and its "Other" words move to their own draft; then it goes.
 */
export function adoptLegacyReviewDraft(day: string, stored: ReviewFields): void {
  const legacyKey = `review.${day}`;
  const legacy = parseJson(readDraft(legacyKey)) as {
    answers?: Parameters<typeof toFields>[0];
    otherText?: Record<string, string>;
  } | null;
  if (!legacy) return;
  if (legacy.answers && Array.isArray(legacy.answers.outcomes)) {
    const fields = toFields({ ...legacy.answers, strengthsUsed: legacy.answers.strengthsUsed ?? [] });
    for (const field of Object.keys(stored)) {
      if (field.startsWith('strength:') && !(field in fields)) fields[field] = false;
    }
    for (const [field, value] of Object.entries(fields)) {
      if (!same(value, stored[field])) writeFieldDraft(legacyKey, field, value, 0);
    }
  }
  if (legacy.otherText && Object.keys(legacy.otherText).length > 0) {
    writeDraft(`review-other.${day}`, JSON.stringify(legacy.otherText));
  }
  clearDraft(legacyKey);
}

/**
 * An older Flourish kept an unsaved weekly zoom-out as one draft of its three answers (`weekly.<week>`,
 * the same key the fields now keep theirs under): answers that differ from the stored ones become
 * field drafts, old enough to be saved at once; then it goes.
 */
export function adoptLegacyWeeklyDraft(key: string, stored: Record<string, string>): void {
  const legacy = parseJson(readDraft(key));
  if (!legacy || typeof legacy !== 'object') return;
  for (const [field, value] of Object.entries(legacy as Record<string, unknown>)) {
    if (field in stored && typeof value === 'string' && value !== stored[field]) {
      writeFieldDraft(key, field, value, 0);
    }
  }
  clearDraft(key);
}
