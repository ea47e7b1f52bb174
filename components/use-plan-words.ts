import { useCallback, useEffect, useRef } from 'react';
import { linkCommitment } from '../lib/store/db/commitments';
import { clearPlanDraft, readPlanDraft, writePlanDraft, type PlanWords } from './plan-draft';
import { useFormFields } from './use-form-fields';
import { useSaveOnHide } from './use-save-on-hide';

/**
 * The words of a commitment's if-then plan as they are typed: `start` (the plan stored, or an offer's
 * pre-filled words) until the user types, theirs after. Each keystroke goes to the plan's draft, so
 * closing the popup loses nothing; a whole plan typed and not saved is saved when the page is hidden
 * or the form goes away, and half a plan stays in its draft for next time. `settle` lets go of the
 * words once saved; `keepAsDraft` leaves them in their draft, unsaved, as the form goes.
 */
export function usePlanWords(commitmentId: string, start: PlanWords) {
  const {
    values,
    edits,
    set: setField,
    reset,
  } = useFormFields(start, () => readPlanDraft(commitmentId) ?? {});
  const { when, then } = values;
  const edited = Object.keys(edits).length > 0;
  const typed = useRef<PlanWords | null>(null);
  const kept = useRef(false);
  useEffect(() => {
    typed.current = edited ? { when, then } : null;
  });
  const started = `${start.when}\n${start.then}`;

  const saveTyped = useCallback(async () => {
    const words = typed.current;
    if (kept.current || !words || `${words.when.trim()}\n${words.then.trim()}` === started) return;
    if (!words.when.trim() !== !words.then.trim()) return;
    await linkCommitment(commitmentId, { ifThen: words }).then(
      () => clearPlanDraft(commitmentId),
      () => undefined,
    );
  }, [commitmentId, started]);
  useSaveOnHide(saveTyped);

  const set = useCallback(
    (field: keyof PlanWords, value: string) => {
      setField(field, value);
      writePlanDraft(commitmentId, { when, then, [field]: value });
    },
    [setField, commitmentId, when, then],
  );
  const settle = useCallback(() => {
    reset();
    clearPlanDraft(commitmentId);
  }, [reset, commitmentId]);
  const keepAsDraft = useCallback(() => {
    kept.current = true;
  }, []);

  return { values, edited, set, settle, keepAsDraft };
}
