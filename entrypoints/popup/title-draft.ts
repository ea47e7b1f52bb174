import { renameCommitment } from '../../lib/store/db/commitments';
import { clearDraft, readDraft } from '../../components/drafts';

/** The draft of a commitment's title being edited in the popup. */
export const titleDraftKey = (commitmentId: string) => `popup-title.${commitmentId}`;

/**
 * Saves a title the popup closed on before its save landed: the words typed are the user's last
 * word on it. A title the rules refuse (emptied) is let go, as Escape would have.
 */
export async function saveLeftTitleDraft(commitmentId: string): Promise<void> {
  const key = titleDraftKey(commitmentId);
  const text = readDraft(key);
  if (text === null) return;
  clearDraft(key);
  await renameCommitment(commitmentId, text).catch(() => undefined);
}
