import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../entrypoints/options/App';

// The coach summary stands in for any section whose drawing throws.
vi.mock('../../../entrypoints/options/summary/SummaryPage', () => ({
  default: function BrokenSummary(): never {
    throw new RangeError('Not a calendar date: ');
  },
}));

beforeEach(async () => {
  await fakeBrowser.storage.local.set({
    setup: { step: 'done', completedAt: Date.parse('2026-11-01T09:00:00Z') },
  });
  window.history.replaceState(null, '', '#/summary');
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('an options section that fails to draw', () => {
  it('shows a message in its place while the sidebar stays, and another section draws normally', async () => {
    const user = userEvent.setup();
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Coach summary couldn’t be shown');
    expect(alert).toHaveTextContent('Nothing was deleted');
    const sidebar = screen.getByRole('navigation', { name: 'Sections' });
    expect(sidebar).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Values' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Values' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Values' })).toHaveAttribute('aria-current', 'page');
  });

  it('fails again on “Reload this section” while the fault remains, and says so again', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Reload this section' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Coach summary couldn’t be shown' })).toHaveFocus(),
    );
  });
});
