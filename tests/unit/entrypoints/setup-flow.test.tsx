import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../components/UndoProvider';
import { SetupFlow } from '../../../entrypoints/options/setup/SetupFlow';
import { appendToRanking, saveRanking } from '../../../lib/store/db/strengths';

const TOP_FOUR = ['perspective', 'leadership', 'honesty', 'hope'];

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#/setup/strengths';
});

function renderStep() {
  render(
    <UndoProvider>
      <SetupFlow step="strengths" />
    </UndoProvider>,
  );
}

describe('setup’s strengths step', () => {
  it('continues with five strengths as stored, even before the page shows them', async () => {
    await saveRanking([...TOP_FOUR, 'zest']);
    renderStep();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await vi.waitFor(() => expect(window.location.hash).toBe('#/setup/vision'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks for five, and the warning goes as soon as the ranking changes', async () => {
    await saveRanking(TOP_FOUR);
    renderStep();
    await screen.findByText(/4 of 5 signature strengths chosen/);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Add at least your top 5 strengths');
    expect(window.location.hash).toBe('#/setup/strengths');

    await appendToRanking('zest');
    await screen.findByText(/Your top 5 are set/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the list of steps and the progress bar differently', () => {
    renderStep();
    expect(screen.getByRole('navigation', { name: 'Setup steps' })).toContainElement(
      screen.getByRole('progressbar', { name: 'Setup progress' }),
    );
  });
});
