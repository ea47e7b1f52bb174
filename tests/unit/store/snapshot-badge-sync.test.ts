import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addCommitment, markCommitmentDone, renameCommitment } from '../../../lib/store/db/commitments';
import { syncSnapshotAndBadge } from '../../../lib/store/snapshot-badge-sync';
import { today } from '../../../lib/platform/clock';
import { setLanguage } from '../../../lib/i18n';

describe('an open page and the badge', () => {
  let stop = () => {};

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // A Wednesday morning, local time: before the review time, so no review is waiting.
    vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
  });

  afterEach(() => {
    stop();
    setLanguage('en');
    vi.useRealTimers();
  });

  it('asks the worker to redraw it as the page opens and when today’s open count changes, never drawing it itself', async () => {
    await fakeBrowser.action.setBadgeText({ text: '7' });
    const board = await addCommitment(today(), 'Board update');
    const onBadgeChanged = vi.fn();
    const written: string[] = [];
    stop = syncSnapshotAndBadge({
      storage: { setItem: (_key, value) => written.push(value) },
      onBadgeChanged,
    });
    await vi.waitFor(() => expect(onBadgeChanged).toHaveBeenCalledTimes(1));

    // A change the badge does not show: no message.
    await renameCommitment(board.id, 'Board update, final');
    await vi.waitFor(() => expect(written.at(-1)).toContain('Board update, final'));
    expect(onBadgeChanged).toHaveBeenCalledTimes(1);

    // One open commitment fewer: the worker redraws.
    await markCommitmentDone(board.id);
    await vi.waitFor(() => expect(onBadgeChanged).toHaveBeenCalledTimes(2));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('7');
  });

  it('writes the snapshot again in a language newly in force', async () => {
    const written: string[] = [];
    stop = syncSnapshotAndBadge({ storage: { setItem: (_key, value) => written.push(value) } });
    await vi.waitFor(() => expect(written.at(-1)).toContain('"language":"en"'));
    setLanguage('de');
    await vi.waitFor(() => expect(written.at(-1)).toContain('"visionHeading":"Meine Vision"'));
    expect(JSON.parse(written.at(-1)!).language).toBe('de');
  });
});
