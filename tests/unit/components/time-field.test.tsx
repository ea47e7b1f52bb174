import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimeField } from '../../../components/TimeField';

function renderField(typed = '18:15') {
  const onCommit = vi.fn();
  render(
    <>
      <label htmlFor="time">Review time</label>
      <TimeField id="time" value="17:30" onCommit={onCommit} />
    </>,
  );
  fireEvent.change(screen.getByLabelText('Review time'), { target: { value: typed } });
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

  it('does not save a time that may still be on its way to another ("6" before "6 pm")', () => {
    vi.useFakeTimers();
    const onCommit = renderField('6');
    vi.advanceTimersByTime(5000);
    expect(onCommit).not.toHaveBeenCalled();
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

  it('reads “6 pm” as 18:00 when the leader leaves the field, and shows it so', async () => {
    const onCommit = renderField('');
    await userEvent.type(screen.getByLabelText('Review time'), '6 pm');
    await userEvent.tab();
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('18:00');
    expect(screen.getByLabelText('Review time')).toHaveValue('18:00');
  });

  it('saves on Enter', async () => {
    const onCommit = renderField('1800');
    await userEvent.type(screen.getByLabelText('Review time'), '{Enter}');
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('18:00');
  });

  it('names what is wrong with “25:00”, and saves nothing, not even when the page closes', async () => {
    const onCommit = renderField('');
    await userEvent.type(screen.getByLabelText('Review time'), '25:00');
    await userEvent.tab();
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“25:00” is not a time of day: hours go from 0 to 23.',
    );
    expect(screen.getByLabelText('Review time')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Review time')).toHaveValue('25:00');
    window.dispatchEvent(new Event('pagehide'));
    expect(onCommit).not.toHaveBeenCalled();
  });
});
