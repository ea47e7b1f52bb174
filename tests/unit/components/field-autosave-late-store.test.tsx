/**
 * Two quick saves of one field, and a store that shows the first only after both landed (a slow
 * live query on a busy machine): the form keeps showing the second, never flicks back to the first.
 * A value another page saves afterwards still leads.
 */
import { act, renderHook } from '@testing-library/react';
import { expect, it } from 'vitest';
import { useFieldAutosave } from '../../../components/use-field-autosave';

type Fields = { choice: string };

it('shows the latest value saved here while the store brings an earlier one from here, then follows another page', async () => {
  const saved: Partial<Fields>[] = [];
  const save = (changes: Partial<Fields>) => {
    saved.push(changes);
    return Promise.resolve();
  };
  const { result, rerender } = renderHook(({ stored }) => useFieldAutosave('late-store', stored, save), {
    initialProps: { stored: { choice: 'none' } as Fields },
  });

  act(() => result.current.change('choice', 'not-done'));
  await act(() => result.current.flush());
  act(() => result.current.change('choice', 'other'));
  await act(() => result.current.flush());
  expect(saved).toEqual([{ choice: 'not-done' }, { choice: 'other' }]);
  expect(result.current.values.choice).toBe('other');

  // The store reads the first save only now, after the second landed.
  rerender({ stored: { choice: 'not-done' } });
  expect(result.current.values.choice).toBe('other');

  rerender({ stored: { choice: 'other' } });
  expect(result.current.values.choice).toBe('other');

  // Another page chose something else: the store leads.
  rerender({ stored: { choice: 'done' } });
  expect(result.current.values.choice).toBe('done');
});

it('follows another page that saved a value this page never saved, while a save from here waits for the store', async () => {
  const { result, rerender } = renderHook(
    ({ stored }) => useFieldAutosave('late-store-2', stored, () => Promise.resolve()),
    { initialProps: { stored: { choice: 'none' } as Fields } },
  );
  act(() => result.current.change('choice', 'not-done'));
  await act(() => result.current.flush());
  rerender({ stored: { choice: 'dropped' } });
  expect(result.current.values.choice).toBe('dropped');
});

it('keeps the latest value when the store, having shown the first save, brings what it held before both', async () => {
  const { result, rerender } = renderHook(
    ({ stored }) => useFieldAutosave('late-store-3', stored, () => Promise.resolve()),
    { initialProps: { stored: { choice: 'none' } as Fields } },
  );
  act(() => result.current.change('choice', 'not-done'));
  await act(() => result.current.flush());
  // The store shows the first save before the second begins…
  rerender({ stored: { choice: 'not-done' } });
  act(() => result.current.change('choice', 'other'));
  await act(() => result.current.flush());
  // …then a query started before either save answers last.
  rerender({ stored: { choice: 'none' } });
  expect(result.current.values.choice).toBe('other');
  rerender({ stored: { choice: 'other' } });
  rerender({ stored: { choice: 'done' } });
  expect(result.current.values.choice).toBe('done');
});
