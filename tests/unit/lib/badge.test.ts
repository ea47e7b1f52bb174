import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, refreshBadge } from '../../../lib/badge';
import { addCommitment, dropCommitment, markCommitmentDone } from '../../../lib/db/commitments';

describe('badge', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [5, '5'],
    [9, '9'],
    [10, '9+'],
    [-1, ''],
  ])('%i open commitments read %j', (open, text) => {
    expect(badgeText(open)).toBe(text);
  });

  it('shows the number of today’s open commitments, not done, dropped or other days', async () => {
    const a = await addCommitment('2026-11-25', 'A');
    const b = await addCommitment('2026-11-25', 'B');
    await addCommitment('2026-11-25', 'C');
    await addCommitment('2026-11-26', 'Tomorrow');
    await markCommitmentDone(a.id);
    await dropCommitment(b.id);
    expect(await refreshBadge(fakeBrowser.action, '2026-11-25')).toBe('1');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('is empty when nothing is open', async () => {
    await fakeBrowser.action.setBadgeText({ text: '3' });
    await refreshBadge(fakeBrowser.action, '2026-11-25');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
