import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings';
import { skipReviews } from '../../../lib/store/db/reviews';
import { updateSettings } from '../../../lib/store/storage-items';
import { readReviewContext, reviewContext, waitingReviewDays } from '../../../lib/store/waiting-reviews';

const NY = 'America/New_York';
const MONDAY_MORNING = Date.parse('2026-11-30T14:00:00Z'); // 09:00 in New York

describe('the reviews waiting, gathered from storage and the database', () => {
  it('reads the settings and the install day the worker stored, and the reviews already finished', async () => {
    await updateSettings({ workdays: [1, 2, 3, 4, 5], reviewTime: '17:30' });
    await fakeBrowser.storage.local.set({ prompts: { firstDay: '2026-11-23', shown: {} } });
    await skipReviews(['2026-11-25']);

    const context = await readReviewContext(MONDAY_MORNING, NY);
    expect(context).toEqual({
      settings: { ...DEFAULT_SETTINGS, workdays: [1, 2, 3, 4, 5], reviewTime: '17:30' },
      firstDay: '2026-11-23',
      promptedThrough: undefined,
      timeZone: NY,
      now: MONDAY_MORNING,
    });
    // Monday's review time is still ahead; the weekend and the skipped Wednesday are not waiting.
    expect(await waitingReviewDays(context)).toEqual([
      '2026-11-27',
      '2026-11-26',
      '2026-11-24',
      '2026-11-23',
    ]);
  });

  it('counts today as waiting before its review time once the worker has prompted for it', async () => {
    const settings = { ...DEFAULT_SETTINGS, workdays: [1] };
    const asked = { timeZone: NY, firstDay: '2026-11-30', alarmAt: null, showing: null };
    const before = reviewContext(settings, { ...asked, shown: {} }, NY, MONDAY_MORNING);
    const prompted = reviewContext(
      settings,
      { ...asked, shown: { 'daily-review': '2026-11-30' } },
      NY,
      MONDAY_MORNING,
    );
    expect(await waitingReviewDays(before)).toEqual([]);
    expect(await waitingReviewDays(prompted)).toEqual(['2026-11-30']);
  });

  it('on a fresh install: nothing stored, nothing waiting before the review time', async () => {
    expect(await waitingReviewDays(await readReviewContext(MONDAY_MORNING, NY))).toEqual([]);
  });
});
