import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDO_MS, UndoProvider, useUndo } from '../../../components/UndoProvider';

/** A row's Remove button: like the editors, it moves focus on to the next row, then offers undo. */
function Remover({ undo }: { undo: () => void }) {
  const offerUndo = useUndo();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          screen.getByRole('button', { name: 'Next row' }).focus();
          offerUndo('Removed “Care”.', undo);
        }}
      >
        Remove
      </button>
      <button type="button">Next row</button>
    </>
  );
}

function offer(undo = vi.fn()) {
  render(
    <UndoProvider>
      <Remover undo={undo} />
    </UndoProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
  return undo;
}

const toast = () => screen.queryByText('Removed “Care”.');
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('undo offer', () => {
  it('goes by itself after a while when nobody is on it', async () => {
    offer();
    expect(toast()).toBeInTheDocument();
    await wait(UNDO_MS - 1);
    expect(toast()).toBeInTheDocument();
    await wait(1);
    expect(toast()).toBeNull();
  });

  it('waits for a keyboard user as long as focus is on it, then runs its time again', async () => {
    offer();
    act(() => screen.getByRole('button', { name: 'Undo' }).focus());
    await wait(UNDO_MS * 3);
    expect(toast()).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Next row' }).focus());
    await wait(UNDO_MS - 1);
    expect(toast()).toBeInTheDocument();
    await wait(1);
    expect(toast()).toBeNull();
  });

  it('waits while the pointer rests on it', async () => {
    offer();
    const region = screen.getByRole('status');
    fireEvent.mouseEnter(region);
    await wait(UNDO_MS * 2);
    expect(toast()).toBeInTheDocument();
    fireEvent.mouseLeave(region);
    await wait(UNDO_MS);
    expect(toast()).toBeNull();
  });

  it('undoes, then puts focus back where the user was rather than dropping it', async () => {
    const undo = offer();
    const button = screen.getByRole('button', { name: 'Undo' });
    act(() => button.focus());
    await act(async () => fireEvent.click(button));
    expect(undo).toHaveBeenCalledOnce();
    expect(toast()).toBeNull();
    expect(screen.getByRole('button', { name: 'Next row' })).toHaveFocus();
  });
});
