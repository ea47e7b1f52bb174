import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveField } from '../../../components/AutosaveField';
import { readDraft, writeDraft } from '../../../components/drafts';
import { ValidationError } from '../../../lib/validation';

beforeEach(() => localStorage.clear());
afterEach(() => vi.useRealTimers());

function field(save: (text: string) => Promise<unknown>, value = '') {
  return render(
    <AutosaveField label="My purpose" draftKey="test.purpose" value={value} save={save} maxLength={20} />,
  );
}

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

  it('shows a refused save in plain words and keeps the text', async () => {
    const save = vi.fn().mockRejectedValue(new ValidationError('Your purpose is too long.'));
    field(save);
    await userEvent.type(screen.getByLabelText('My purpose'), 'abc');
    expect(await screen.findByRole('alert')).toHaveTextContent('Your purpose is too long.');
    expect(screen.getByLabelText('My purpose')).toHaveValue('abc');
    expect(readDraft('test.purpose')).toBe('abc');
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
