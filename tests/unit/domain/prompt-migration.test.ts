import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completePromptState, latestWeeklyKey, promptStateV2 } from '../../../lib/domain/prompt-migration';
import { getPromptState, promptStateItem } from '../../../entrypoints/background/prompt-state';
import { duePrompts, type PromptState } from '../../../lib/domain/prompt-schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/domain/settings';

/** What Flourish 0.1.0 stored after Monday 30 November's zoom-out (London, zoom-outs on Mondays). */
const fixture = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/storage-prompts-v1.json'), 'utf8'),
) as { settings: Settings; prompts: Record<string, unknown> };
const LONDON = 'Europe/London';
const at = (iso: string) => Date.parse(iso);
const mondays: Settings = { ...DEFAULT_SETTINGS, weeklyReviewDay: 1 };

describe('the latest weekly zoom-out key, which no stored key can pass', () => {
  it.each([
    ['Tuesday after a Monday zoom-out', mondays, '2026-12-01T09:00:00Z', '2026-W48'],
    ['Monday morning, before that day’s zoom-out', mondays, '2026-12-07T10:00:00Z', '2026-W48'],
    ['Monday evening, after it', mondays, '2026-12-07T18:30:00Z', '2026-W49'],
    [
      'Friday, with zoom-outs on Thursdays',
      { ...mondays, weeklyReviewDay: 4 },
      '2026-12-04T09:00:00Z',
      '2026-W49',
    ],
    [
      'a Tuesday with no zoom-out set',
      { ...mondays, weeklyReviewDay: null },
      '2026-12-01T09:00:00Z',
      '2026-W48',
    ],
  ])('%s', (_case, settings, now, expected) => {
    expect(latestWeeklyKey(settings, LONDON, at(now))).toBe(expected);
  });
});

describe('stored prompt state from version 1', () => {
  const migrated = (prompts: object, settings: Settings, now: string) =>
    promptStateV2(prompts, settings, LONDON, at(now));

  it('re-keys the fixture’s Monday zoom-out by the week it looked back on, and keeps the rest', () => {
    expect(migrated(fixture.prompts, fixture.settings, '2026-12-01T09:00:00Z')).toEqual({
      shown: { 'daily-review': '2026-11-30', 'weekly-review': '2026-W48' },
      snoozed: [],
      timeZone: LONDON,
      firstDay: '2026-11-02',
      installedAt: null,
      alarmAt: 1796146200000,
      showing: null,
    });
  });

  it.each([
    [
      'updated the next Monday morning, before the zoom-out',
      { 'weekly-review': '2026-W49' },
      mondays,
      '2026-12-07T10:00:00Z',
      '2026-W48',
    ],
    [
      'updated on a Monday evening after 0.1.0 showed that day’s zoom-out',
      { 'weekly-review': '2026-W50' },
      mondays,
      '2026-12-07T18:30:00Z',
      '2026-W49',
    ],
    [
      'zoom-outs on Thursdays (their key did not change)',
      { 'weekly-review': '2026-W49' },
      { ...mondays, weeklyReviewDay: 4 },
      '2026-12-04T09:00:00Z',
      '2026-W49',
    ],
    [
      'a key written by this version (from a development build)',
      { 'weekly-review': '2026-W48' },
      mondays,
      '2026-12-01T09:00:00Z',
      '2026-W48',
    ],
    [
      'zoom-outs switched off since',
      { 'weekly-review': '2026-W49' },
      { ...mondays, weeklyReviewDay: null },
      '2026-12-01T09:00:00Z',
      '2026-W48',
    ],
  ])('%s', (_case, shown, settings, now, expected) => {
    const state = migrated(
      { ...fixture.prompts, shown: { 'daily-review': '2026-11-30', ...shown } },
      settings,
      now,
    );
    expect(state.shown).toEqual({ 'daily-review': '2026-11-30', 'weekly-review': expected });
  });

  it('turns a snoozed prompt into a list, re-keying a snoozed Monday zoom-out', () => {
    const snoozed = {
      kind: 'weekly-review',
      key: '2026-W49',
      day: '2026-11-30',
      until: at('2026-11-30T18:20:00Z'),
    };
    const state = migrated({ ...fixture.prompts, snoozed }, fixture.settings, '2026-11-30T18:10:00Z');
    expect(state.snoozed).toEqual([{ ...snoozed, key: '2026-W48' }]);
  });

  it('fills in what older versions did not store, and reads nothing as something', () => {
    expect(completePromptState(null)).toMatchObject({
      shown: {},
      snoozed: [],
      showing: null,
      firstDay: null,
    });
    expect(completePromptState({ shown: { 'daily-review': '2026-11-30' } }).snoozed).toEqual([]);
  });

  it('without the migration, next Monday’s zoom-out would be taken as shown already', () => {
    const now = at('2026-12-07T18:00:00Z');
    // Every day of that week reviewed: only the zoom-out can be due.
    const week = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07'];
    const facts = {
      reviewedDays: new Set(week),
      reviewedWeeks: new Set<string>(),
      plannedDays: new Set<string>(),
    };
    const input = { settings: fixture.settings, timeZone: LONDON, now, facts };
    const old = completePromptState(fixture.prompts);
    expect(duePrompts({ ...input, state: old })).toEqual([]);
    const state: PromptState = migrated(fixture.prompts, fixture.settings, '2026-12-01T09:00:00Z');
    expect(duePrompts({ ...input, state }).map((p) => `${p.kind} ${p.key}`)).toEqual([
      'weekly-review 2026-W49',
    ]);
  });
});

describe('the storage item', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.set({ settings: fixture.settings, prompts: fixture.prompts });
  });

  it('migrates the stored version 1 value once, and stamps it version 2', async () => {
    await promptStateItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['prompts', 'prompts$']);
    expect(stored['prompts$']).toEqual({ v: 2 });
    expect((stored.prompts as PromptState).snoozed).toEqual([]);
    const weekly = (stored.prompts as PromptState).shown['weekly-review'];
    // Whatever today is on the machine running this, 2026-W49 is later than any week due yet.
    expect(weekly).toBe('2026-W48');

    // Run again (another page opening): version 2 is left alone.
    await fakeBrowser.storage.local.set({
      prompts: { ...(stored.prompts as PromptState), shown: { 'weekly-review': '2026-W49' } },
    });
    await promptStateItem.migrate();
    expect((await getPromptState()).shown).toEqual({ 'weekly-review': '2026-W49' });
  });
});

describe('updating while a page opens', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('a page loading as the worker updates the state and shows the review never writes older state over it', async () => {
    // Tuesday 1 December at the review time, on the machine's clock; 0.1.0's state of the day before.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 1, 17, 30));
    await fakeBrowser.storage.local.set({ settings: fixture.settings, prompts: fixture.prompts });

    // A page opens first. What it reads is what storage holds as it asks, but it gets the answers
    // only once the worker is done: the page's reads and writes straddle the worker's.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const local = fakeBrowser.storage.local;
    const get = local.get.bind(local);
    const held = vi.spyOn(local, 'get').mockImplementation(((...args: Parameters<typeof get>) => {
      const answer = get(...args);
      return released.then(() => answer);
    }) as typeof get);
    vi.resetModules();
    const page = await import('../../../lib/store/snapshot-badge-sync');
    const snapshot = vi.fn();
    const stopPage = page.syncSnapshotAndBadge({ storage: { setItem: snapshot } });
    held.mockRestore();

    // The update starts the worker, which brings the state up to date and shows the review.
    vi.resetModules();
    const { default: background } = await import('../../../entrypoints/background');
    const { reschedule } = await import('../../../entrypoints/background/prompts');
    background.main();
    await reschedule();
    const byWorker = (await local.get('prompts')).prompts as PromptState;
    expect(byWorker.shown['daily-review']).toBe('2026-12-01');

    release();
    await vi.waitFor(() => expect(snapshot).toHaveBeenCalled(), { timeout: 10_000 });
    stopPage();
    expect((await local.get('prompts')).prompts).toEqual(byWorker);
    expect((await local.get('prompts$'))['prompts$']).toEqual({ v: 2 });
  });
});
