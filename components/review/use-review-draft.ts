import { useCallback, useEffect, useRef, useState } from 'react';
import { saveReviewDraft, type ReviewAnswers } from '../../lib/db/reviews';
import { clearDraft, readDraft, writeDraft } from '../drafts';

export interface ReviewDraft {
  answers: ReviewAnswers;
  /** Words typed for "Other", per commitment, until the review is finished. */
  otherText: Record<string, string>;
}

const SAVE_DELAY_MS = 400;

function parse(raw: string | null): ReviewDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as ReviewDraft;
    return Array.isArray(value?.answers?.outcomes) && typeof value.otherText === 'object' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Review answers that survive the popup closing: every change is kept at once in localStorage and
 * saved to the database shortly after, when the page is hidden, and when the review goes away.
 */
export function useReviewDraft(day: string, initial: ReviewAnswers) {
  const key = `review.${day}`;
  const [restored] = useState(() => parse(readDraft(key)));
  const [draft, setDraft] = useState<ReviewDraft>(restored ?? { answers: initial, otherText: {} });
  const pending = useRef<ReviewDraft | null>(restored);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const current = pending.current;
    if (!current) return;
    pending.current = null;
    try {
      await saveReviewDraft(day, current.answers);
      if (readDraft(key) === JSON.stringify(current)) clearDraft(key);
    } catch {
      // A draft that no longer fits the day (a commitment deleted since) is dropped, not retried.
      clearDraft(key);
    }
  }, [day, key]);

  const update = useCallback(
    (next: ReviewDraft) => {
      setDraft(next);
      writeDraft(key, JSON.stringify(next));
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush, key],
  );

  /** Forgets the draft once the review is finished (the database has everything). */
  const settle = useCallback(
    (answers: ReviewAnswers) => {
      clearTimeout(timer.current);
      pending.current = null;
      clearDraft(key);
      setDraft({ answers, otherText: {} });
    },
    [key],
  );

  useEffect(() => {
    if (pending.current) void flush();
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

  return { draft, update, flush, settle };
}
