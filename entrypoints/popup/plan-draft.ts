import { clearDraft, readDraft, writeDraft } from '../../components/drafts';

/** An if-then plan typed in the popup and not yet saved. */
export interface PlanWords {
  when: string;
  then: string;
}

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
