import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../components/UndoProvider';
import { StrengthsEditor } from '../../../entrypoints/options/foundation/StrengthsEditor';
import { getRankings, saveRanking, saveStrengthNote } from '../../../lib/store/db/strengths';

beforeEach(() => localStorage.clear());

async function renderEditor() {
  await saveRanking(['perspective', 'leadership', 'honesty', 'hope', 'zest']);
  await saveStrengthNote('honesty', 'I say where projects really stand');
  render(
    <UndoProvider>
      <StrengthsEditor />
    </UndoProvider>,
  );
  return screen.findByLabelText('How I use Honesty');
}

describe('strengths editor', () => {
  it('keeps a note open, and the focus in it, while the note is cleared to be rewritten', async () => {
    const user = userEvent.setup();
    const field = await renderEditor();
    expect(field.closest('details')).toHaveAttribute('open');
    await user.clear(field);
    await vi.waitFor(async () => expect((await getRankings())[2]?.note).toBe(''), { timeout: 2000 });
    expect(field.closest('details')).toHaveAttribute('open');
    expect(field).toHaveFocus();
  });

  it('after Remove, moves focus to the next strength’s Remove button', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await user.click(screen.getByRole('button', { name: 'Remove Leadership' }));
    await vi.waitFor(async () => expect(await getRankings()).toHaveLength(4));
    expect(screen.getByRole('button', { name: 'Remove Honesty' })).toHaveFocus();
  });
});
