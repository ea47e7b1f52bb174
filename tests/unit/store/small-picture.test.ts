import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addVisionImages } from '../../../lib/store/db/vision-images';
import {
  readSnapshot,
  writeSnapshot,
  type NewTabSnapshot,
  type SnapshotImage,
} from '../../../lib/domain/newtab-snapshot';
import { syncSnapshotAndBadge } from '../../../lib/store/snapshot-badge-sync';
import { smallCopy } from '../../../lib/platform/small-copy';
import { withWords } from '../../../lib/domain/newtab-words';

// Node has no OffscreenCanvas: the small copy is made here by a stand-in that records its calls.
vi.mock('../../../lib/platform/small-copy', () => ({ smallCopy: vi.fn() }));
const made = vi.mocked(smallCopy);

const DAY = '2026-11-25';
const SMALL = 'data:image/webp;base64,UklGRh4AAABXRUJQVlA4TBEAAAAvAAAAAAfQ//73v/+BiOh/AAA=';
const OLDER = 'data:image/webp;base64,T0xERVI=';
const EMPTY: NewTabSnapshot = withWords({
  day: DAY,
  vision: null,
  horizonChoice: 'inTurn',
  purpose: '',
  values: [],
  commitments: [],
  spotlight: null,
  image: null,
  pendingReviews: [],
});

/** A Storage backed by a Map, like localStorage, that counts its writes. */
function memoryStorage() {
  const map = new Map<string, string>();
  const storage = {
    writes: 0,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      storage.writes++;
      map.set(key, value);
    },
  };
  return storage;
}

const picture = (storage: ReturnType<typeof memoryStorage>) => readSnapshot(storage, DAY)?.image;

describe('the small copy of the picture in the new tab’s snapshot', () => {
  let stop = () => {};

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
    made.mockReset();
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  async function addPicture(bytes: string) {
    const blob = new Blob([bytes], { type: 'image/jpeg' });
    const [id] = await addVisionImages([{ blob, caption: 'Harbour', width: 1600, height: 1000 }]);
    return { id, blob };
  }

  it('is made from the stored picture, 160 pixels on its longer side within the budget, and written with the snapshot', async () => {
    made.mockResolvedValue(SMALL);
    const { id, blob } = await addPicture('a picture');
    const storage = memoryStorage();
    stop = syncSnapshotAndBadge({ storage });
    await vi.waitFor(() => expect(picture(storage)?.small).toBe(SMALL));
    expect(made).toHaveBeenCalledTimes(1);
    const [source, size, side, budget] = made.mock.calls[0]!;
    expect(source).toEqual(blob);
    expect(size).toMatchObject({ id, width: 1600, height: 1000 });
    expect([side, budget]).toEqual([160, 12_000]);
  });

  it('is reused, not made again, when the stored snapshot already holds one of the same picture', async () => {
    const { id } = await addPicture('a picture');
    const storage = memoryStorage();
    made.mockResolvedValue(SMALL);
    stop = syncSnapshotAndBadge({ storage });
    await vi.waitFor(() => expect(picture(storage)?.small).toBe(SMALL));
    stop();
    // Another page opens later: it finds the copy of this very picture in the snapshot.
    made.mockReset();
    stop = syncSnapshotAndBadge({ storage });
    const before = storage.writes;
    await vi.waitFor(() => expect(storage.writes).toBeGreaterThan(before));
    expect(picture(storage)).toMatchObject({ id, small: SMALL });
    expect(made).not.toHaveBeenCalled();
  });

  it('is never taken from another picture that had the same id', async () => {
    await addPicture('a picture');
    const storage = memoryStorage();
    // A snapshot written before a restore, whose picture 1 was another one.
    const stale: SnapshotImage = {
      id: 1,
      key: '1:0:3',
      width: 1600,
      height: 1000,
      caption: '',
      small: OLDER,
    };
    writeSnapshot(storage, { ...EMPTY, image: stale });
    expect(picture(storage)?.small).toBe(OLDER);
    made.mockResolvedValue(SMALL);
    stop = syncSnapshotAndBadge({ storage });
    await vi.waitFor(() => expect(picture(storage)?.small).toBe(SMALL));
  });

  it('is left out, the rest of the snapshot written, when it cannot be made', async () => {
    made.mockResolvedValue(null);
    await addPicture('a picture');
    const storage = memoryStorage();
    stop = syncSnapshotAndBadge({ storage });
    await vi.waitFor(() => expect(made).toHaveBeenCalledTimes(1));
    expect(picture(storage)).toMatchObject({ width: 1600, height: 1000, caption: 'Harbour' });
    expect(picture(storage)).not.toHaveProperty('small');
  });
});
