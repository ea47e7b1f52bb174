/**
 * The shared components speak the language in force, and follow a change of it without a reload.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CharacterCount } from '../../../components/CharacterCount';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { SaveStatus } from '../../../components/SaveStatus';
import { UndoProvider, useUndo } from '../../../components/UndoProvider';
import { setLanguage } from '../../../lib/i18n';

function Broken(): never {
  throw new Error('drawing failed');
}

function Remover() {
  const offerUndo = useUndo();
  return (
    <button type="button" onClick={() => offerUndo('„Fürsorge“ entfernt.', () => undefined)}>
      Entfernen
    </button>
  );
}

beforeEach(() => {
  // React reports every caught error on the console; the message on the page is what is tested.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  setLanguage('en', 'en-US');
});

describe('the shared components in German', () => {
  it('say that a page could not be shown, and that nothing was deleted', () => {
    setLanguage('de', 'de-DE');
    render(
      <ErrorBoundary scope="page">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Flourish konnte diese Seite nicht anzeigen' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Es wurde nichts gelöscht');
    expect(screen.getByRole('button', { name: 'Seite neu laden' })).toBeInTheDocument();
    expect(screen.getByText('Technische Details')).toBeInTheDocument();
  });

  it('offer “Rückgängig” after an action, with a close button named in German', () => {
    setLanguage('de', 'de-DE');
    render(
      <UndoProvider>
        <Remover />
      </UndoProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Entfernen' }));
    expect(screen.getByRole('button', { name: 'Rückgängig' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
  });

  it('change language as soon as it is changed, without a reload', () => {
    render(<SaveStatus state={{ kind: 'saved' }} />);
    expect(screen.getByText('Saved')).toBeInTheDocument();
    act(() => setLanguage('de', 'de-DE'));
    expect(screen.getByText('Gespeichert')).toBeInTheDocument();
  });
});

describe('the character count', () => {
  it('writes its numbers as the language does: 1,950 in English, 1 950 in French', () => {
    render(<CharacterCount id="count" length={1950} max={2000} />);
    expect(document.getElementById('count')).toHaveTextContent('1,950 / 2,000');
    act(() => setLanguage('fr', 'fr-FR'));
    expect(document.getElementById('count')?.textContent).toBe('1\u202f950 / 2\u202f000');
  });

  it('says the limit is reached in the language in force', () => {
    setLanguage('es', 'es-ES');
    render(<CharacterCount id="count" length={200} max={200} />);
    expect(document.getElementById('count')).toHaveTextContent('200 / 200 · límite alcanzado');
  });
});
