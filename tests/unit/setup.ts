// Every unit test starts with an empty database and a fresh fake browser.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The database module finishes an interrupted restore through extension storage, whose module reads
// the `browser` global once, as it loads: the fake is put in place before the database is imported
// (WXT's own setup file, which does the same, may run after this one).
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
const { db } = await import('../../lib/store/db/db');

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
});

afterEach(() => {
  db.close();
});
