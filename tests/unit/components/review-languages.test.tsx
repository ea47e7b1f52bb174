import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DailyReview } from '../../../components/review/DailyReview';
import { WeekNotes } from '../../../components/review/WeekByDay';
import { WeeklyReview } from '../../../components/review/WeeklyReview';
import type { WeekDay } from '../../../lib/domain/insights/week-days';
import { setLanguage, t } from '../../../lib/i18n';
import { addCommitment } from '../../../lib/store/db/commitments';
import { addDaysOff } from '../../../lib/store/db/days-off';
import { db } from '../../../lib/store/db/db';
import { updateSettings } from '../../../lib/store/storage-items';
import { reviewRow } from '../../support/rows';

const DAY = '2026-11-25'; // a Wednesday
const WEEK = '2026-W48'; // Monday 23 to Sunday 29 November 2026

const noted = (day: string): WeekDay => ({
  day,
  state: 'written',
  energy: null,
  stress: null,
  wentWell: 'Board update landed',
  learned: '',
  tomorrowFocus: '',
});

describe('the review in the leader’s language', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T18:00:00'));
  });
  afterEach(() => {
    vi.useRealTimers();
    setLanguage('en');
  });

  it('asks about the day in German, the leader’s titles left as typed', async () => {
    setLanguage('de');
    await updateSettings({ weeklyReviewDay: null });
    await addCommitment(DAY, 'Board update');
    const user = userEvent.setup();
    render(<DailyReview day={DAY} isToday />);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Wie ist es heute gelaufen?');
    expect(screen.getByText('Schritt 1 von 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Markieren Sie jedes Vorhaben als erledigt oder nicht erledigt: „Board update“.',
    );

    const board = screen.getByRole('group', { name: 'Board update' });
    await user.click(within(board).getByRole('radio', { name: 'Nicht erledigt' }));
    expect(within(board).getByRole('group', { name: 'Was kam dazwischen?' })).toBeInTheDocument();
    expect(within(board).getByRole('radio', { name: 'Anderes…' })).toBeInTheDocument();
    await user.click(within(board).getByRole('radio', { name: 'Erledigt' }));
    await user.click(screen.getByRole('button', { name: 'Weiter' }));

    const energy = await screen.findByRole('group', { name: 'Energie heute' });
    expect(within(energy).getByRole('radio', { name: '5 Voller Energie' })).toBeInTheDocument();
    expect(screen.getByLabelText('Was lief gut?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rückblick abschließen' })).toBeInTheDocument();
  });

  it('changes the scale’s words with the language, without a reload', async () => {
    render(<DailyReview day={DAY} isToday />);
    const stress = await screen.findByRole('group', { name: 'Stress today' });
    expect(within(stress).getByRole('radio', { name: '5 Overwhelmed' })).toBeInTheDocument();
    act(() => setLanguage('de'));
    const inGerman = await screen.findByRole('group', { name: 'Stress heute' });
    expect(within(inGerman).getByRole('radio', { name: '5 Überfordert' })).toBeInTheDocument();
  });

  it('zooms out on the week in German', async () => {
    setLanguage('de');
    await db.reviews.bulkPut([
      reviewRow('2026-11-23', { energy: 4, stress: 2, wentWell: 'Board update landed' }),
      reviewRow('2026-11-24', { skipped: true }),
    ]);
    await addDaysOff({ from: '2026-11-26', to: '2026-11-26', label: 'Thanksgiving' });
    render(<WeeklyReview week={WEEK} />);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Ihre Woche aus der Vogelperspektive',
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Ihre Vision',
      'Ihre Ziele in dieser Woche',
      'Die Woche in Zahlen',
      'Tag für Tag',
      'Mit Abstand betrachtet',
    ]);
    const table = screen.getByRole('table', { name: /Energie und Stress, Tag für Tag/ });
    const cells = [...table.querySelectorAll('tbody td')].map((cell) => cell.textContent);
    expect(cells.slice(0, 3)).toEqual(['4 · Gut', '2 · Leicht', 'Rückblick übersprungen']);
    expect(cells).toContain('Freier Tag · Thanksgiving');
    expect(screen.getByText('Notizen von 1 Tag lesen')).toBeInTheDocument();
    expect(screen.getByLabelText('Fokus für nächste Woche')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Wochenüberblick speichern' })).toBeInTheDocument();
  });

  it('counts days in French, where 0 and 1 take the singular', () => {
    setLanguage('fr');
    expect([0, 1, 2].map((count) => t('review:days.readNotes', { count }))).toEqual([
      'Lire les notes de 0 jour',
      'Lire les notes de 1 jour',
      'Lire les notes de 2 jours',
    ]);
    render(<WeekNotes days={[noted('2026-11-23'), noted('2026-11-24')]} />);
    expect(screen.getByText('Lire les notes de 2 jours')).toBeInTheDocument();
  });
});
