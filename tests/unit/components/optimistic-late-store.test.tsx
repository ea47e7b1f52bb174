/**
 * Three quick ratings by arrow key, and a store that reads back the first only after the others
 * were written (a slow live query on a busy machine): the control keeps the last, never flicks back.
 */
import { act, renderHook } from '@testing-library/react';
import { expect, it } from 'vitest';
import { useOptimisticValues } from '../../../components/use-optimistic-values';

it('shows the last value set here while the store brings earlier ones, then follows another page', async () => {
  const { result, rerender } = renderHook(({ stored }) => useOptimisticValues(stored), {
    initialProps: { stored: new Map<string, number>() },
  });
  const write = () => Promise.resolve();
  await act(() => result.current.track('goal', -1, write));
  await act(() => result.current.track('goal', 0, write));
  await act(() => result.current.track('goal', 1, write));
  expect(result.current.valueOf('goal')).toBe(1);

  rerender({ stored: new Map([['goal', -1]]) });
  expect(result.current.valueOf('goal')).toBe(1);
  rerender({ stored: new Map([['goal', 0]]) });
  expect(result.current.valueOf('goal')).toBe(1);
  rerender({ stored: new Map([['goal', 1]]) });
  expect(result.current.valueOf('goal')).toBe(1);

  // Another page rates it −2: the store leads.
  rerender({ stored: new Map([['goal', -2]]) });
  expect(result.current.valueOf('goal')).toBe(-2);
});
