// Every unit test starts with an empty database and a fresh fake browser.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The database module finishes an interrupted restore through extension storage, whose module reads
// the `browser` global once, as it loads: the fake is put in place before the database is imported
// (WXT's own setup file, which does the same, may run after this one).
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
const { db } = await import('../../lib/store/db/db');

// Property tests draw the same cases on every run, so the suite's verdict never rests on luck: a
// case that fails once fails every time. `FC_SEED=random` draws new ones (to look for bugs; a
// failure prints its seed and its shrunk case, which then belongs in the test's `examples`), and
// `FC_SEED=<n>` replays a run.
const seed = process.env.FC_SEED;
if (seed && seed !== 'random' && !Number.isInteger(Number(seed)))
  throw new Error(`FC_SEED is “${seed}”: give a whole number, or “random”.`);
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20_261_203 });

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
});

afterEach(() => {
  db.close();
});
