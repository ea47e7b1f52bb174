import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshBadge } from '../../../entrypoints/background/badge';
import { badgeFor, badgeText } from '../../../lib/domain/badge';
import { finishedReviewDays, skipReviews } from '../../../lib/store/db/reviews';
import { promptStateItem } from '../../../entrypoints/background/prompt-state';
import { EMPTY_PROMPT_STATE } from '../../../lib/domain/prompt-schedule';
import { addCommitment, dropCommitment, markCommitmentDone } from '../../../lib/store/db/commitments';

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
    const morning = Date.parse('2026-11-25T14:00:00Z');
    expect((await refreshBadge(fakeBrowser.action, morning, 'America/New_York')).text).toBe('1');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('is empty when nothing is open', async () => {
    await fakeBrowser.action.setBadgeText({ text: '3' });
    await refreshBadge(fakeBrowser.action, Date.parse('2026-11-25T14:00:00Z'), 'America/New_York');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('shows "!" in amber once the review time has passed and today is not reviewed', async () => {
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    await addCommitment('2026-11-25', 'A');
    const evening = Date.parse('2026-11-25T23:00:00Z'); // 18:00 in New York, after 17:30
    const badge = await refreshBadge(fakeBrowser.action, evening, 'America/New_York');
    expect(badge).toEqual(badgeFor(1, true));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toBe('Flourish: your end-of-day review is waiting');

    await skipReviews(['2026-11-25']);
    expect(await finishedReviewDays('2026-11-20')).toContain('2026-11-25');
    expect((await refreshBadge(fakeBrowser.action, evening, 'America/New_York')).text).toBe('1');
  });
});
