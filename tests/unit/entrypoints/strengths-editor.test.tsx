import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../components/UndoProvider';
import { StrengthsEditor } from '../../../entrypoints/options/foundation/StrengthsEditor';
import { setLanguage } from '../../../lib/i18n';
import { getRankings, saveRanking, saveStrengthNote } from '../../../lib/store/db/strengths';

beforeEach(() => localStorage.clear());
afterEach(() => setLanguage('en', 'en-US'));

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

  it('adds the strength a German report calls “Güte” as Freundlichkeit, typed without its accent', async () => {
    const user = userEvent.setup();
    setLanguage('de', 'de-DE');
    await saveRanking(['perspective']);
    render(
      <UndoProvider>
        <StrengthsEditor />
      </UndoProvider>,
    );
    const name = await screen.findByLabelText('Stärke eingeben und Enter drücken');
    await user.type(name, 'gute');
    expect(screen.getByText('Enter fügt Freundlichkeit hinzu.')).toBeInTheDocument();
    await user.type(name, '{Enter}');
    await vi.waitFor(async () =>
      expect((await getRankings()).map((r) => r.id)).toEqual(['perspective', 'kindness']),
    );
  });
});
