import { describe, expect, it, vi } from 'vitest';
import { keepStorage } from '../../../lib/platform/persistence';

describe('keepStorage', () => {
  it('asks for persistence when the storage is not persisted yet, and reports the answer', async () => {
    const persist = vi.fn(async () => true);
    expect(await keepStorage({ persisted: async () => false, persist })).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('does not ask again once the storage is persisted', async () => {
    const persist = vi.fn(async () => true);
    expect(await keepStorage({ persisted: async () => true, persist })).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports a refusal (Chromium’s answer) as false', async () => {
    expect(await keepStorage({ persisted: async () => false, persist: async () => false })).toBe(false);
  });

  it('is false where there is no persist(), as in a service worker, and when asking throws', async () => {
    expect(await keepStorage(undefined)).toBe(false);
    expect(
      await keepStorage({
        persisted: async () => false,
        persist: async () => {
          throw new Error('denied');
        },
      }),
    ).toBe(false);
  });
});
