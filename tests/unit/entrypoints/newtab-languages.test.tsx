import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../entrypoints/newtab/App';
import { paintSnapshot } from '../../../entrypoints/newtab/paint-snapshot';
import { UndoProvider } from '../../../components/UndoProvider';
import { SNAPSHOT_KEY } from '../../../lib/domain/newtab-snapshot';
import { withWords, type SnapshotData } from '../../../lib/domain/newtab-words';
import { reviewDueWords } from '../../../lib/domain/review-due-words';
import { addCommitment, markCommitmentDone, setCommitmentStatus } from '../../../lib/store/db/commitments';
import { setLanguage } from '../../../lib/i18n';

// Tuesday 1 December 2026.
const TODAY = '2026-12-01';

const data = (changes: Partial<SnapshotData> = {}): SnapshotData => ({
  day: TODAY,
  vision: {
    statement: 'Ein ruhiges, starkes Team',
    looksLike: '',
    feelsLike: 'Gelassen',
    horizons: { now: 'Tiefere Einzelgespräche', oneYear: 'Zwei Direktorinnen bereit', threeYears: '' },
  },
  horizonChoice: 'now',
  purpose: 'Menschen wachsen lassen',
  values: ['Offenheit'],
  commitments: [
    { id: 'a', title: 'Vorstandsbericht schreiben', status: 'done', goal: 'Zwei Direktorinnen' },
    { id: 'b', title: 'Feedback an Sam', status: 'not-done' },
  ],
  spotlight: { id: 'hope', name: 'Hoffnung', idea: 'Beschreiben Sie, wie gut aussieht.' },
  image: null,
  pendingReviews: ['2026-11-30'],
  ...changes,
});

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((element) => element.textContent);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 1, 12, 0));
});

afterEach(() => {
  setLanguage('en');
  vi.useRealTimers();
  localStorage.clear();
  document.documentElement.lang = 'en';
  document.title = '';
});

describe('the new tab’s first paint in the snapshot’s language', () => {
  it('draws the German words and date the snapshot carries, with no translation loaded', () => {
    setLanguage('de');
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(withWords(data())));
    // The page itself has not spoken yet: only the snapshot says German.
    setLanguage('en');
    const root = document.createElement('div');
    paintSnapshot(root, localStorage);

    expect(document.documentElement.lang).toBe('de');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe('Neuer Tab · Flourish');
    expect(root.querySelector('#vision-heading')?.textContent).toBe('Meine Vision');
    expect(root.querySelector('#today-heading')?.textContent).toBe('Heute Dienstag, 1. Dezember');
    // "1 of 2 done" and the horizons' names are lib/domain's words, in the
    // snapshot as lib/domain gives them.
    expect(root.querySelector('.progress')?.textContent).toMatch(/^1 .+ 2 /);
    expect(texts(root, '.not-done-note')).toEqual([' · nicht erledigt (laut Rückblick)']);
    expect(texts(root, '.commitment-tags .visually-hidden')).toEqual(['Ziel: ']);
    expect(root.querySelector('#spotlight-heading')?.textContent).toBe('Stärke des Tages: Hoffnung');
    expect(root.querySelector('.spotlight button')?.textContent).toBe('Zum heutigen Vorhaben machen');
    expect(root.querySelector('#review-due-heading')?.textContent).toBe(
      'Ihr Rückblick für Montag, 30. November wartet',
    );
    expect(texts(root, '.look-and-feel dt')).toEqual(['So fühlt es sich an']);
    expect(texts(root, '.foundation .label')).toEqual(['Sinn', 'Werte']);
  });

  it('dates a snapshot from another day for today, and leaves that day’s words out', () => {
    setLanguage('de');
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(withWords(data({ day: '2026-11-30' }))));
    setLanguage('en');
    const root = document.createElement('div');
    paintSnapshot(root, localStorage);
    expect(root.querySelector('#today-heading')?.textContent).toBe('Heute Dienstag, 1. Dezember');
    expect(root.querySelector('.progress')).toBeNull();
    expect(root.querySelector('.review-due')).toBeNull();
    expect(root.querySelector('.vision-statement')?.textContent).toBe('Ein ruhiges, starkes Team');
  });
});

describe('the React new tab in German', () => {
  it('speaks German once the language is set', async () => {
    setLanguage('de');
    const done = await addCommitment(TODAY, 'Vorstandsbericht schreiben');
    await markCommitmentDone(done.id);
    const missed = await addCommitment(TODAY, 'Feedback an Sam');
    await setCommitmentStatus(missed.id, 'not-done');
    render(
      <UndoProvider>
        <App snapshot={null} />
      </UndoProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Meine Vision' })).toBeInTheDocument();
    expect(await screen.findByText('Willkommen bei Flourish.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Flourish einrichten' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Heute Dienstag, 1. Dezember' })).toBeInTheDocument();
    expect(await screen.findByText(/nicht erledigt \(laut Rückblick\)/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Heutige Vorhaben' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Vorhaben hinzufügen' })).toHaveAttribute(
      'placeholder',
      'Eingeben und Enter drücken',
    );
    expect(document.title).toBe('Neuer Tab · Flourish');
  });
});

describe('the review banner’s plurals', () => {
  it.each([
    // French takes the singular for 0 and 1.
    [0, 'jour précédent n’a pas eu de bilan'],
    [1, 'jour précédent n’a pas eu de bilan'],
    [2, 'jours précédents n’ont pas eu de bilan'],
  ])('counts %i earlier days in French', (count, expected) => {
    setLanguage('fr');
    const older = ['2026-11-20', '2026-11-19'].slice(0, count);
    const words = reviewDueWords([TODAY, ...older], TODAY);
    if (count === 0) expect(words?.older).toBeNull();
    else
      expect(words?.older?.text).toBe(
        `${count} ${expected}. ${count === 1 ? 'Faites-le, ou laissez-le' : 'Faites-les, ou laissez-les'} de côté.`,
      );
  });
});
