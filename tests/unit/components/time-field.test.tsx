import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimeField } from '../../../components/TimeField';
import { setLanguage } from '../../../lib/i18n';

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
  setLanguage('en', 'en-US');
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
    expect(screen.getByLabelText('Review time')).toHaveValue('6:00 PM');
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

  it('shows the saved time on the leader’s clock: 5:30 PM in en-US, 17:30 in en-GB and German', () => {
    const { rerender } = render(<TimeField id="time" value="17:30" onCommit={vi.fn()} />);
    expect(screen.getByRole('textbox')).toHaveValue('5:30 PM');
    act(() => setLanguage('en', 'en-GB'));
    rerender(<TimeField id="time" value="17:30" onCommit={vi.fn()} />);
    expect(screen.getByRole('textbox')).toHaveValue('17:30');
    act(() => setLanguage('de', 'de-DE'));
    expect(screen.getByRole('textbox')).toHaveValue('17:30');
    act(() => setLanguage('en', 'en-US'));
    expect(screen.getByRole('textbox')).toHaveValue('5:30 PM');
  });

  it('saves nothing when the leader only passes through the field', async () => {
    const onCommit = vi.fn();
    render(<TimeField id="time" value="17:30" onCommit={onCommit} />);
    await userEvent.click(screen.getByRole('textbox'));
    await userEvent.tab();
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox')).toHaveValue('5:30 PM');
  });

  it('takes the time as shown, edited: “5:30 PM” to “5:45 PM” is 17:45', async () => {
    const onCommit = vi.fn();
    render(<TimeField id="time" value="17:30" onCommit={onCommit} />);
    const field = screen.getByRole('textbox');
    await userEvent.clear(field);
    await userEvent.type(field, '5:45 PM');
    await userEvent.tab();
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('17:45');
    expect(field).toHaveValue('5:45 PM');
  });

  it('follows a time saved elsewhere while the leader is in the field but has not typed', async () => {
    const onCommit = vi.fn();
    const { rerender } = render(<TimeField id="time" value="17:30" onCommit={onCommit} />);
    await userEvent.click(screen.getByRole('textbox'));
    rerender(<TimeField id="time" value="18:15" onCommit={onCommit} />);
    expect(screen.getByRole('textbox')).toHaveValue('6:15 PM');
    await userEvent.tab();
    // Leaving the field saves nothing the leader did not type: not the older time, not the newer.
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('saves the stored time typed back over a newer one saved elsewhere while in the field', async () => {
    const onCommit = vi.fn();
    const { rerender } = render(<TimeField id="time" value="17:30" onCommit={onCommit} />);
    const field = screen.getByRole('textbox');
    await userEvent.click(field);
    rerender(<TimeField id="time" value="19:00" onCommit={onCommit} />);
    await userEvent.clear(field);
    await userEvent.type(field, '17:30');
    await userEvent.tab();
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('17:30');
  });

  it('shows a time saved elsewhere after its own was saved, once the leader leaves the field', async () => {
    const onCommit = vi.fn();
    const { rerender } = render(<TimeField id="time" value="17:30" onCommit={onCommit} />);
    const field = screen.getByRole('textbox');
    await userEvent.clear(field);
    await userEvent.type(field, '18:00{Enter}');
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('18:00');
    rerender(<TimeField id="time" value="18:00" onCommit={onCommit} />);
    rerender(<TimeField id="time" value="19:00" onCommit={onCommit} />);
    await userEvent.tab();
    expect(field).toHaveValue('7:00 PM');
    expect(onCommit).toHaveBeenCalledOnce();
  });
});
