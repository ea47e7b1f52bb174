/**
 * How a commitment shows in a checklist, shared by the new tab's first paint (plain DOM, no React)
 * and the React checklist that takes over from it, so the hand-over draws the same thing.
 */
import type { CommitmentStatus } from '../lib/domain/types';

/** A list item's class names, from the stored status and whether it shows ticked right now. */
export function checklistItemClass(status: CommitmentStatus, ticked = status === 'done'): string {
  if (status === 'not-done') return 'checklist-item is-not-done';
  return ticked ? 'checklist-item is-done' : 'checklist-item';
}
