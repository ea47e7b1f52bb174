// Every unit test starts with an empty database and a fresh fake browser.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../lib/db/db';

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
});

afterEach(() => {
  db.close();
});
