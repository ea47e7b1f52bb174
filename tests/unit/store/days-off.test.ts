/**
 * Days off as the stores see them: a day off gets no recurring commitments, is never a review
 * waiting, and the new tab's snapshot says so (with its label) on the day itself.
 */
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../../lib/domain/newtab-snapshot';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings';
import { commitmentsForDay } from '../../../lib/store/db/commitments';
import { addDaysOff } from '../../../lib/store/db/days-off';
import { addRecurrence, ensureRecurringCommitments } from '../../../lib/store/db/recurrences';
import { loadSnapshot } from '../../../lib/store/snapshot-source';
import { waitingReviewDays, type ReviewContext } from '../../../lib/store/waiting-reviews';

const NY = 'America/New_York';
/** Monday 30 November 2026, 18:00 in New York: past the review time. */
const MONDAY_EVENING = Date.parse('2026-11-30T23:00:00Z');
const context: ReviewContext = {
  settings: { ...DEFAULT_SETTINGS, workdays: [1, 2, 3, 4, 5] },
  firstDay: '2026-11-23',
  timeZone: NY,
  now: MONDAY_EVENING,
};

describe('a day off in the stores', () => {
  it('gets no recurring commitments; the days around it do', async () => {
    const everyDay = { kind: 'weekdays' as const, weekdays: [0, 1, 2, 3, 4, 5, 6] };
    await addRecurrence({ title: 'Plan the day', schedule: everyDay }, '2026-11-23');
    await addDaysOff({ from: '2026-11-25', to: '2026-11-26', label: 'Thanksgiving' });

    expect(await ensureRecurringCommitments('2026-11-25')).toBe(0);
    expect(await ensureRecurringCommitments('2026-11-26')).toBe(0);
    expect(await ensureRecurringCommitments('2026-11-27')).toBe(1);
    expect(await commitmentsForDay('2026-11-25')).toEqual([]);
    expect((await commitmentsForDay('2026-11-27')).map((c) => c.title)).toEqual(['Plan the day']);
  });

  it('is never a review waiting, today or before', async () => {
    await addDaysOff({ from: '2026-11-26', to: '2026-11-27', label: '' });
    await addDaysOff({ from: '2026-11-30', to: '2026-11-30', label: 'Offsite' });
    expect(await waitingReviewDays(context)).toEqual(['2026-11-25', '2026-11-24', '2026-11-23']);
  });

  it('puts its label in the new tab’s snapshot on the day, and nothing on other days', async () => {
    await addDaysOff({ from: '2026-11-30', to: '2026-12-04', label: 'Winter holiday' });
    const monday = await loadSnapshot(context, 'inTurn');
    expect(monday.dayOff).toBe('Winter holiday');
    expect(parseSnapshot(JSON.stringify(monday), '2026-11-30')?.dayOff).toBe('Winter holiday');
    // Read the next day, the snapshot is another day's: no day off is trusted from it.
    expect(parseSnapshot(JSON.stringify(monday), '2026-12-01')).not.toHaveProperty('dayOff');
    const friday = await loadSnapshot({ ...context, now: Date.parse('2026-11-27T14:00:00Z') }, 'inTurn');
    expect(friday).not.toHaveProperty('dayOff');
  });

  it('keeps an unlabelled day off as an empty label, still a day off', async () => {
    await addDaysOff({ from: '2026-11-30', to: '2026-11-30', label: '  ' });
    expect((await loadSnapshot(context, 'inTurn')).dayOff).toBe('');
  });
});
