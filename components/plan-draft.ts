import { clearDraft, readDraft, writeDraft } from './drafts';

/**
 * An if-then plan typed and not yet saved, in the popup's links panel or an offer to plan: one
 * draft per commitment, so words typed in one show in the other. The key keeps the popup's name,
 * which drafts written before the offer existed have.
 */
// A type, not an interface: the form's fields are a record of them (`useFormFields`).
export type PlanWords = {
  when: string;
  then: string;
};

const planDraftKey = (commitmentId: string) => `popup-plan.${commitmentId}`;

/** The plan typed for a commitment and not saved (half a plan cannot be), or null. */
export function readPlanDraft(commitmentId: string): PlanWords | null {
  try {
    const words = JSON.parse(readDraft(planDraftKey(commitmentId)) ?? 'null') as Partial<PlanWords> | null;
    return words && typeof words.when === 'string' && typeof words.then === 'string'
      ? { when: words.when, then: words.then }
      : null;
  } catch {
    return null;
  }
}

export const hasPlanDraft = (commitmentId: string) => readPlanDraft(commitmentId) !== null;

export function writePlanDraft(commitmentId: string, words: PlanWords): void {
  writeDraft(planDraftKey(commitmentId), JSON.stringify(words));
}

export function clearPlanDraft(commitmentId: string): void {
  clearDraft(planDraftKey(commitmentId));
}
