import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimeField } from '../../../components/TimeField';

function renderField() {
  const onCommit = vi.fn();
  render(
    <>
      <label htmlFor="time">Review time</label>
      <TimeField id="time" value="17:30" onCommit={onCommit} />
    </>,
  );
  fireEvent.change(screen.getByLabelText('Review time'), { target: { value: '18:15' } });
  return onCommit;
}

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('TimeField', () => {
  it('saves a time once typing has settled, not every step of it', () => {
    vi.useFakeTimers();
    const onCommit = renderField();
    fireEvent.change(screen.getByLabelText('Review time'), { target: { value: '19:15' } });
    expect(onCommit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(800);
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('19:15');
  });

  it('saves at once when the page is closed before typing settles', () => {
    const onCommit = renderField();
    window.dispatchEvent(new Event('pagehide'));
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('18:15');
  });

  it('saves at once when the page is hidden, and only once', () => {
    vi.useFakeTimers();
    const onCommit = renderField();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('18:15');
    vi.advanceTimersByTime(800);
    expect(onCommit).toHaveBeenCalledOnce();
  });
});
