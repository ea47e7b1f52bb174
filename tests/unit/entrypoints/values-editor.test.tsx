import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readDraft } from '../../../components/drafts';
import { UndoProvider } from '../../../components/UndoProvider';
import { ValuesEditor } from '../../../entrypoints/options/foundation/ValuesEditor';
import { addValue, getProfile, saveValues } from '../../../lib/store/db/profile';

const storedValues = async () => (await getProfile())?.values;

beforeEach(() => localStorage.clear());

async function renderEditor(values: string[]) {
  await saveValues(values);
  render(
    <UndoProvider>
      <ValuesEditor />
    </UndoProvider>,
  );
  return screen.findByLabelText(`Value: ${values.at(-1)}`);
}

describe('values editor', () => {
  it('saves a rename as it is typed, keeping the row, so Tab goes on to its Remove button', async () => {
    const user = userEvent.setup();
    await renderEditor(['Candour', 'Care']);
    const field = screen.getByLabelText('Value: Candour');
    await user.type(field, ' always');
    await vi.waitFor(() => expect(storedValues()).resolves.toEqual(['Candour always', 'Care']), {
      timeout: 2000,
    });
    expect(field).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Remove Candour always' })).toHaveFocus();
  });

  it('keeps a rename as a draft from the first keystroke, so closing the page mid-edit loses nothing', async () => {
    const user = userEvent.setup();
    await renderEditor(['Candour', 'Care']);
    await user.type(screen.getByLabelText('Value: Care'), 'ful');
    expect(readDraft('profile.value.Care')).toBe('Careful');
  });

  it('moves focus to the next value after a removal, and Undo puts back only the removed value', async () => {
    const user = userEvent.setup();
    await renderEditor(['Candour', 'Care', 'Courage']);
    await user.click(screen.getByRole('button', { name: 'Remove Care' }));
    await vi.waitFor(() => expect(storedValues()).resolves.toEqual(['Candour', 'Courage']));
    expect(screen.getByRole('button', { name: 'Remove Courage' })).toHaveFocus();

    await addValue('Trust');
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await vi.waitFor(() => expect(storedValues()).resolves.toEqual(['Candour', 'Care', 'Courage', 'Trust']));
  });

  it('moves focus to the next suggestion when one is picked', async () => {
    const user = userEvent.setup();
    await renderEditor(['Candour']);
    await user.click(screen.getByRole('button', { name: '+ Courage' }));
    await vi.waitFor(() => expect(storedValues()).resolves.toEqual(['Candour', 'Courage']));
    expect(screen.getByRole('button', { name: '+ Curiosity' })).toHaveFocus();
  });
});
