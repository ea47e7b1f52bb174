import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syncSnapshotAndBadge } from '../../../lib/store/snapshot-badge-sync';
import { promptStateItem } from '../../../entrypoints/background/prompt-state';
import { EMPTY_PROMPT_STATE, type PromptState } from '../../../lib/domain/prompt-schedule';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings';
import { updateSettings } from '../../../lib/store/storage-items';
import { workerNudge } from '../../../lib/domain/worker-nudge';

const LONDON = 'Europe/London';
const at = (iso: string) => Date.parse(iso);
const settled: PromptState = {
  ...EMPTY_PROMPT_STATE,
  timeZone: LONDON,
  firstDay: '2026-11-02',
  shown: { 'daily-review': '2026-11-24' },
  alarmAt: at('2026-11-25T17:30:00Z'),
};

describe('a page tells the worker to look again', () => {
  it.each([
    ['when all is as the worker left it', settled, '2026-11-25T12:00:00Z', [], null],
    [
      'when the time zone changed',
      { ...settled, timeZone: 'Asia/Tokyo' },
      '2026-11-25T12:00:00Z',
      [],
      'time zone',
    ],
    [
      'when it set out to show a notification and did not note it shown',
      { ...settled, showing: [{ kind: 'daily-review' as const, key: '2026-11-25', day: '2026-11-25' }] },
      '2026-11-25T17:30:05Z',
      ['2026-11-25'],
      'showing',
    ],
    [
      'when the moment its alarm was set for is over a minute past (its alarm reached a stopped worker)',
      settled,
      '2026-11-25T17:31:01Z',
      ['2026-11-25'],
      `alarm ${at('2026-11-25T17:30:00Z')}`,
    ],
    ['not within that minute: the worker is on it', settled, '2026-11-25T17:30:30Z', [], null],
    [
      'when a review is waiting that it never prompted for',
      { ...settled, alarmAt: null },
      '2026-11-25T18:00:00Z',
      ['2026-11-25'],
      'review 2026-11-25',
    ],
    [
      'not for a waiting review it has prompted for (ignored, or snoozed)',
      { ...settled, alarmAt: null, shown: { 'daily-review': '2026-11-25' } },
      '2026-11-25T18:00:00Z',
      ['2026-11-25', '2026-11-24'],
      null,
    ],
    [
      'not for a review too old to be prompted for any more',
      { ...settled, alarmAt: null, shown: { 'daily-review': '2026-11-10' } },
      '2026-11-25T12:00:00Z',
      ['2026-11-20'],
      null,
    ],
  ])('%s', (_case, state, now, pendingReviews, expected) => {
    const input = { settings: DEFAULT_SETTINGS, state, timeZone: LONDON, now: at(now), pendingReviews };
    expect(workerNudge(input)).toBe(expected);
  });

  it('with prompts switched off, only for a time zone change', () => {
    const off = { ...DEFAULT_SETTINGS, promptsEnabled: false };
    const input = {
      settings: off,
      timeZone: LONDON,
      now: at('2026-11-25T18:00:00Z'),
      pendingReviews: ['2026-11-25'],
    };
    expect(workerNudge({ ...input, state: settled })).toBeNull();
    expect(workerNudge({ ...input, state: { ...settled, timeZone: 'Asia/Tokyo' } })).toBe('time zone');
  });
});

describe('an open page', () => {
  let stop = () => {};

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('tells the worker once when it shows a review waiting that the worker never prompted for', async () => {
    // Every day a workday, the review at 17:30 local: at 18:00 today's review is waiting.
    const now = new Date(2026, 10, 25, 18, 0);
    vi.setSystemTime(now);
    await updateSettings({ workdays: [0, 1, 2, 3, 4, 5, 6] });
    await promptStateItem.setValue({
      ...EMPTY_PROMPT_STATE,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      firstDay: '2026-11-02',
      shown: { 'daily-review': '2026-11-24' },
    });
    const onWorkerBehind = vi.fn();
    const written: string[] = [];
    stop = syncSnapshotAndBadge({
      storage: { setItem: (_key, value) => written.push(value) },
      onWorkerBehind,
    });
    await vi.waitFor(() => expect(written.length).toBeGreaterThan(0));
    expect(onWorkerBehind).toHaveBeenCalledTimes(1);

    // The page's data changes (settings saved): still the same reason, so no second message.
    await updateSettings({ workdays: [0, 1, 2, 3, 4, 5, 6], snoozeMinutes: 10 });
    await vi.waitFor(() => expect(written.length).toBeGreaterThan(1));
    expect(onWorkerBehind).toHaveBeenCalledTimes(1);
  });

  it('says nothing when the worker has prompted for it', async () => {
    vi.setSystemTime(new Date(2026, 10, 25, 18, 0));
    await updateSettings({ workdays: [0, 1, 2, 3, 4, 5, 6] });
    await promptStateItem.setValue({
      ...EMPTY_PROMPT_STATE,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      firstDay: '2026-11-02',
      shown: { 'daily-review': '2026-11-25' },
    });
    const onWorkerBehind = vi.fn();
    const written: string[] = [];
    stop = syncSnapshotAndBadge({
      storage: { setItem: (_key, value) => written.push(value) },
      onWorkerBehind,
    });
    await vi.waitFor(() => expect(written.length).toBeGreaterThan(0));
    expect(onWorkerBehind).not.toHaveBeenCalled();
  });
});
