/**
 * WXT's fake browser keeps `storage.sync` without its limits; this holds it to Chrome's, refusing
 * a write as Chrome does (with Chrome's own messages) when it would pass the total or per-item
 * bytes, the number of items, or the writes allowed a minute or an hour. The clock it counts
 * writes by is the test's (`now`).
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { itemBytes, SYNC_LIMITS } from '../../lib/domain/sync/wire';

export interface QuotaOptions {
  /** The writes allowed a minute (Chrome's 120 unless a test lowers it). */
  writesPerMinute?: number;
  /**
   * The bytes allowed in all (Chrome's 102,400 unless a test lowers it: room taken by a write this
   * device cannot see yet, another computer's landing at the same moment). Changeable later.
   */
  totalBytes?: number;
  now: () => number;
}

export function enforceSyncQuota(options: QuotaOptions) {
  const sync = fakeBrowser.storage.sync;
  const writes: number[] = [];
  const perMinute = options.writesPerMinute ?? SYNC_LIMITS.writesPerMinute;
  const limits = { totalBytes: options.totalBytes ?? SYNC_LIMITS.totalBytes };
  const countWrite = () => {
    const now = options.now();
    if (writes.filter((time) => time > now - 60_000).length >= perMinute)
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    if (writes.filter((time) => time > now - 3_600_000).length >= SYNC_LIMITS.writesPerHour)
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    writes.push(now);
  };
  const originalSet = sync.set.bind(sync);
  const originalRemove = sync.remove.bind(sync);
  const set = vi.spyOn(sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    countWrite();
    const next = { ...(await sync.get(null)), ...items };
    for (const [key, value] of Object.entries(items))
      if (itemBytes(key, value) > SYNC_LIMITS.itemBytes)
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    if (Object.keys(next).length > SYNC_LIMITS.items) throw new Error('MAX_ITEMS quota exceeded');
    const total = Object.entries(next).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    if (total > limits.totalBytes) throw new Error('QUOTA_BYTES quota exceeded');
    return originalSet(items);
  });
  const remove = vi.spyOn(sync, 'remove').mockImplementation(async (keys: string | string[]) => {
    countWrite();
    return originalRemove(keys);
  });
  return { set, remove, writes, limits };
}
