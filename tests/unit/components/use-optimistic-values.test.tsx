import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useOptimisticValues } from '../../../components/use-optimistic-values';

describe('useOptimisticValues', () => {
  it('shows a new value at once, keeps it until the store agrees, then follows the store again', async () => {
    let release!: () => void;
    const written = new Promise<void>((resolve) => (release = resolve));
    const { result, rerender } = renderHook(({ stored }) => useOptimisticValues(stored), {
      initialProps: { stored: new Map([['a', false]]) as ReadonlyMap<string, boolean> },
    });

    let tracking!: Promise<void>;
    act(() => {
      tracking = result.current.track('a', true, () => written);
    });
    expect(result.current.valueOf('a')).toBe(true);

    // An unrelated update arrives before the write lands: still the pending value.
    rerender({ stored: new Map([['a', false]]) });
    expect(result.current.valueOf('a')).toBe(true);

    await act(async () => {
      release();
      await tracking;
    });
    rerender({ stored: new Map([['a', true]]) });
    expect(result.current.valueOf('a')).toBe(true);

    // Another page unticks it: the store's value shows, the old pending one is gone.
    rerender({ stored: new Map([['a', false]]) });
    expect(result.current.valueOf('a')).toBe(false);
  });

  it('forgets the pending value when the write fails', async () => {
    const { result } = renderHook(() => useOptimisticValues(new Map([['a', false]])));
    await act(async () => {
      await result.current
        .track('a', true, () => Promise.reject(new Error('disk full')))
        .catch(() => undefined);
    });
    expect(result.current.valueOf('a')).toBe(false);
  });
});
