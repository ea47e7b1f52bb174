/** The coaching and prep pages in German, and a count in French: Flourish's words, the leader's as typed. */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UndoProvider } from '../../../components/UndoProvider';
import CoachingPage from '../../../entrypoints/options/coaching/CoachingPage';
import { setLanguage } from '../../../lib/i18n';
import { addAgreement, addSession } from '../../../lib/store/db/sessions';

afterEach(() => setLanguage('en'));

describe('the options pages in another language', () => {
  it('shows the coaching page in German, and follows a change of language without a reload', async () => {
    setLanguage('de', 'de-DE');
    render(
      <UndoProvider>
        <CoachingPage />
      </UndoProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Sitzung festhalten' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Fragen an Ihren Coach' })).toBeInTheDocument();
    act(() => setLanguage('en'));
    expect(await screen.findByRole('button', { name: 'Record a session' })).toBeInTheDocument();
  });

  it.each([
    [0, '0 accord'],
    [1, '1 accord'],
    [2, '2 accords'],
  ])('counts %i agreements of an earlier session in French', async (count, words) => {
    setLanguage('fr', 'fr-FR');
    const earlier = await addSession({ day: '2026-11-10' });
    for (let i = 0; i < count; i += 1) await addAgreement(earlier.id, `Agreement ${i}`);
    await addSession({ day: '2026-11-24' });
    render(
      <UndoProvider>
        <CoachingPage />
      </UndoProvider>,
    );
    expect(await screen.findByText(`· ${words}`)).toBeInTheDocument();
  });
});
