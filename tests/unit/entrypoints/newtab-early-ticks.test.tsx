import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepEarlyTicks } from '../../../entrypoints/newtab/boot';
import { paintSnapshot } from '../../../entrypoints/newtab/paint-snapshot';
import { addCommitment, commitmentsForDay, markCommitmentDone } from '../../../lib/store/db/commitments';
import { SNAPSHOT_KEY, type NewTabSnapshot } from '../../../lib/domain/newtab-snapshot';
import { withWords } from '../../../lib/domain/newtab-words';

/** The new tab's day: the clock is pinned to its noon, so the snapshot is today's whatever the hour. */
const TODAY = '2026-11-25';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 12, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

async function paintToday() {
  const day = TODAY;
  const open = await addCommitment(day, 'Write the board update');
  const done = await addCommitment(day, 'One-to-one with Sam');
  const untouched = await addCommitment(day, 'Clear the inbox');
  await markCommitmentDone(done.id);
  const snapshot: NewTabSnapshot = withWords({
    day,
    vision: {
      statement: 'A calm, strong team',
      looksLike: '',
      feelsLike: '',
      horizons: { now: '', oneYear: '', threeYears: '' },
    },
    horizonChoice: 'inTurn',
    purpose: '',
    values: [],
    commitments: [
      { id: open.id, title: open.title, status: 'open' },
      { id: done.id, title: done.title, status: 'done' },
      { id: untouched.id, title: untouched.title, status: 'open' },
    ],
    spotlight: null,
    image: null,
    pendingReviews: [],
  });
  localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot));
  const root = document.createElement('div');
  document.body.append(root);
  paintSnapshot(root, localStorage);
  const box = (id: string) => root.querySelector<HTMLInputElement>(`#commitment-${id}`)!;
  return { root, day, box, open, done, untouched };
}

describe('the new tab’s hand-over from the first paint', () => {
  it('saves what was ticked and unticked before React took over, and nothing else', async () => {
    const { root, day, box, open, done, untouched } = await paintToday();
    const before = (await commitmentsForDay(day)).find((c) => c.id === untouched.id)!.updatedAt;
    box(open.id).click();
    box(done.id).click();

    await keepEarlyTicks(root);

    const stored = new Map((await commitmentsForDay(day)).map((c) => [c.id, c]));
    expect(stored.get(open.id)?.status).toBe('done');
    expect(stored.get(done.id)?.status).toBe('open');
    expect(stored.get(untouched.id)).toMatchObject({ status: 'open', updatedAt: before });
  });

  it('writes nothing when nothing was touched', async () => {
    const { root, day } = await paintToday();
    const before = await commitmentsForDay(day);
    await keepEarlyTicks(root);
    expect(await commitmentsForDay(day)).toEqual(before);
  });
});
