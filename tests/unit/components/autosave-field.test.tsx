import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveField } from '../../../components/AutosaveField';
import { readDraft, writeDraft } from '../../../components/drafts';
import { ValidationError } from '../../../lib/domain/validation';

beforeEach(() => localStorage.clear());
afterEach(() => vi.useRealTimers());

function element(save: (text: string) => Promise<unknown>, value: string) {
  return (
    <AutosaveField label="My purpose" draftKey="test.purpose" value={value} save={save} maxLength={20} />
  );
}

function field(save: (text: string) => Promise<unknown>, value = '') {
  return render(element(save, value));
}

/** Refuses an empty text, as a required field's save does. */
const requireText = (text: string) =>
  text.trim() ? Promise.resolve() : Promise.reject(new ValidationError('A goal’s title can’t be empty.'));

describe('AutosaveField', () => {
  it('saves shortly after typing stops and shows that it is saved', async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    field(save);
    await userEvent.type(screen.getByLabelText('My purpose'), 'To serve');
    expect(await screen.findByText('Saved', {}, { timeout: 2000 })).toBeInTheDocument();
    expect(save).toHaveBeenLastCalledWith('To serve');
    expect(readDraft('test.purpose')).toBeNull();
  });

  it('keeps a synchronous draft until the save lands, and saves a leftover draft on the next visit', async () => {
    writeDraft('test.purpose', 'Left from last time');
    const save = vi.fn().mockResolvedValue(undefined);
    field(save, 'Old');
    expect(screen.getByLabelText('My purpose')).toHaveValue('Left from last time');
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith('Left from last time'));
    await vi.waitFor(() => expect(readDraft('test.purpose')).toBeNull());
  });

  it('shows a refused save in plain words, keeps the text while the user is in the field, but keeps no draft of it', async () => {
    const save = vi.fn().mockRejectedValue(new ValidationError('Your purpose is too long.'));
    field(save);
    await userEvent.type(screen.getByLabelText('My purpose'), 'abc');
    expect(await screen.findByRole('alert')).toHaveTextContent('Your purpose is too long.');
    expect(screen.getByLabelText('My purpose')).toHaveValue('abc');
    expect(screen.getByLabelText('My purpose')).toHaveAttribute('aria-invalid', 'true');
    expect(readDraft('test.purpose')).toBeNull();
  });

  it('keeps the refusal in view while the user types on, until a save lands', async () => {
    const user = userEvent.setup();
    field(vi.fn(requireText), 'Old title');
    const input = screen.getByLabelText('My purpose');
    await user.clear(input);
    expect(await screen.findByRole('alert')).toHaveTextContent('A goal’s title can’t be empty.');
    await user.type(input, 'N');
    expect(screen.getByRole('alert')).toHaveTextContent('A goal’s title can’t be empty.');
    expect(await screen.findByText('Saved', {}, { timeout: 2000 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('brings the saved text back when the user leaves a refused one, and says it was not saved', async () => {
    const user = userEvent.setup();
    const save = vi.fn(requireText);
    field(save, 'Old title');
    const input = screen.getByLabelText('My purpose');
    await user.clear(input);
    await screen.findByRole('alert');
    await user.tab();
    expect(input).toHaveValue('Old title');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Not saved: A goal’s title can’t be empty. The saved text is back.',
    );
    expect(readDraft('test.purpose')).toBeNull();
  });

  it('refuses an empty text left as a draft by an earlier visit once, then shows the saved text', async () => {
    writeDraft('test.purpose', '');
    field(vi.fn(requireText), 'Old title');
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: A goal’s title can’t be empty.');
    expect(screen.getByLabelText('My purpose')).toHaveValue('Old title');
    expect(readDraft('test.purpose')).toBeNull();
  });

  it('keeps the draft when a save fails for another reason, so a later visit tries again', async () => {
    field(vi.fn().mockRejectedValue(new Error('disk full')));
    await userEvent.type(screen.getByLabelText('My purpose'), 'abc');
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was changed; try again.');
    expect(readDraft('test.purpose')).toBe('abc');
  });

  it('follows newer text saved elsewhere, so typing in a stale tab builds on it', async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    const { rerender } = field(save, 'Old text');
    rerender(element(save, 'Newer text'));
    const input = screen.getByLabelText('My purpose');
    expect(input).toHaveValue('Newer text');
    await userEvent.type(input, '!');
    await vi.waitFor(() => expect(save).toHaveBeenLastCalledWith('Newer text!'), { timeout: 2000 });
  });

  it('keeps its text while focused or holding unsaved typing, and shows the newer text on leaving', async () => {
    const user = userEvent.setup();
    let release!: () => void;
    const save = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const { rerender } = field(save, 'Old');
    const input = screen.getByLabelText('My purpose');
    await user.click(input);
    rerender(element(save, 'Newer'));
    expect(input).toHaveValue('Old');
    await user.tab();
    expect(input).toHaveValue('Newer');

    await user.type(input, '!');
    await user.tab();
    rerender(element(save, 'From another tab'));
    expect(input).toHaveValue('Newer!');
    await act(async () => release());
    rerender(element(save, 'Newer!'));
    expect(input).toHaveValue('Newer!');
  });

  it('shows a counter near the limit and stops at it', async () => {
    field(vi.fn().mockResolvedValue(undefined));
    const input = screen.getByLabelText('My purpose');
    expect(input).toHaveAttribute('maxlength', '20');
    await act(() => userEvent.type(input, 'x'.repeat(25)));
    expect(input).toHaveValue('x'.repeat(20));
    expect(screen.getByText(/20 \/ 20/)).toHaveTextContent('limit reached');
  });
});
