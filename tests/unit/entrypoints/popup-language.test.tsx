import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../entrypoints/popup/App';
import { setLanguage, t } from '../../../lib/i18n';
import { addCommitment } from '../../../lib/store/db/commitments';
import { updateSettings } from '../../../lib/store/storage-items';

/** The popup's day: the clock is pinned to its noon (only Date: Testing Library's waits need real timers). */
const TODAY = '2026-11-25';

// No review days: after the review time the popup would open on the review instead of today's list.
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 12, 0));
  await updateSettings({ workdays: [] });
});

afterEach(() => {
  vi.useRealTimers();
  setLanguage('en', 'en-US');
});

describe('the popup in German', () => {
  it('names today, the add field and the empty day in German', async () => {
    setLanguage('de', 'de-DE');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Heute' })).toBeInTheDocument();
    expect(screen.getByLabelText('Ein Vorhaben festlegen')).toBeInTheDocument();
    expect(screen.getByText(/Für heute haben Sie sich noch nichts vorgenommen/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ihren Coach fragen' })).toBeInTheDocument();
    expect(document.title).toBe('Flourish: heute');
  });

  it('names a row’s actions and the keyboard hint in German', async () => {
    await addCommitment(TODAY, 'Board update');
    setLanguage('de', 'de-DE');
    render(<App />);
    expect(await screen.findByRole('list', { name: 'Vorhaben für heute' })).toBeInTheDocument();
    expect(screen.getByText(/^In der Liste: ↑ ↓ wechselt zwischen den Vorhaben/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Aktionen für „Board update“' }));
    const actions = screen.getByRole('group', { name: 'Aktionen für „Board update“' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Bearbeiten', 'Verknüpfen und planen', 'Nach oben', 'Nach unten', 'Verwerfen']);
  });

  it('follows a change of language without a reload', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    setLanguage('de', 'de-DE');
    expect(await screen.findByRole('heading', { level: 1, name: 'Heute' })).toBeInTheDocument();
  });
});

describe('the count of open commitments in French', () => {
  it.each([
    [0, '0 engagement en cours.'],
    [1, '1 engagement en cours.'],
    [2, '2 engagements en cours.'],
  ])('reads %i as “%s”', (count, start) => {
    setLanguage('fr', 'fr-FR');
    expect(t('popup:today.focusCue', { count })).toMatch(new RegExp(`^${start}`));
  });
});
