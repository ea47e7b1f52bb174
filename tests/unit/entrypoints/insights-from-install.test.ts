/** Insights the day after install, as the page reads them: the install day from the worker's prompt state. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { computeInsights } from '../../../lib/domain/insights';
import type { PeriodId } from '../../../lib/domain/insights/period';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings';
import { today } from '../../../lib/platform/clock';
import { db } from '../../../lib/store/db/db';
import { PROMPT_STATE_KEY, readPromptState } from '../../../lib/store/storage-items';
import { loadPeriod } from '../../../entrypoints/options/insights/load-period';
import { reviewRow } from '../../support/rows';

/** What the page shows on the calendar, read as the Insights page reads it. */
async function calendarOn(period: PeriodId) {
  const installDay = (await readPromptState()).firstDay;
  const data = await loadPeriod(period, today(), DEFAULT_SETTINGS, installDay);
  const { calendar } = computeInsights({
    ...data,
    ...data.range,
    today: today(),
    settings: DEFAULT_SETTINGS,
    timeZone: 'UTC',
  });
  return {
    from: data.range.from,
    startsAtFirstDay: data.startsAtFirstDay,
    reviewed: calendar.reviewed,
    due: calendar.due,
  };
}

/** The worker's prompt state, as stored once it has run: installed on `firstDay`. */
const installedOn = (firstDay: string) =>
  fakeBrowser.storage.local.set({
    [PROMPT_STATE_KEY.replace('local:', '')]: { shown: {}, snoozed: null, timeZone: null, firstDay },
  });

const commitment = (day: string) => ({
  id: day,
  day,
  title: 'x',
  status: 'done' as const,
  order: 1,
  createdAt: 0,
  updatedAt: 0,
});

beforeEach(() => {
  // Midday on Wednesday 2 December 2026: Tuesday 1 December was the install day.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-02T12:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('workdays counted from install', () => {
  it('the day after install, with that day reviewed: 1 of 1 workday, not 1 of 17', async () => {
    await installedOn('2026-12-01');
    await db.commitments.add(commitment('2026-12-01'));
    await db.reviews.add(reviewRow('2026-12-01'));
    expect(await calendarOn('4w')).toEqual({
      from: '2026-12-01',
      startsAtFirstDay: true,
      reviewed: 1,
      due: 1,
    });
  });

  it('history restored from before the install is counted from its first day', async () => {
    await installedOn('2026-12-01');
    // Monday 23 November to Tuesday 1 December: seven workdays, every one reviewed.
    const days = [
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-30',
      '2026-12-01',
    ];
    await db.commitments.bulkAdd(days.map(commitment));
    await db.reviews.bulkAdd(days.map((day) => reviewRow(day)));
    expect(await calendarOn('4w')).toEqual({
      from: '2026-11-23',
      startsAtFirstDay: true,
      reviewed: 7,
      due: 7,
    });
  });

  it('with no install day stored, from the first day with data', async () => {
    await db.commitments.add(commitment('2026-11-30'));
    expect(await calendarOn('all')).toEqual({
      from: '2026-11-30',
      startsAtFirstDay: false,
      reviewed: 0,
      due: 2,
    });
  });
});
