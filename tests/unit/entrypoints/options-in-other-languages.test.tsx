import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { UndoProvider } from '../../../components/UndoProvider';
import { describeRun } from '../../../entrypoints/options/planning/DaysOffEditor';
import { SetupFlow } from '../../../entrypoints/options/setup/SetupFlow';
import { VisionEditor } from '../../../entrypoints/options/foundation/VisionEditor';
import { setLanguage, t } from '../../../lib/i18n';
import { saveRanking } from '../../../lib/store/db/strengths';

afterEach(() => setLanguage('en'));

describe('setup in German', () => {
  it('welcomes the leader, says everything stays here, and counts the steps', async () => {
    setLanguage('de');
    window.location.hash = '#/setup/welcome';
    const { unmount } = render(<SetupFlow step="welcome" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Willkommen bei Flourish' })).toBeInTheDocument();
    expect(screen.getByText('Alles bleibt auf diesem Gerät.').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: /Sicherungsdatei/ })).toHaveAttribute('href', '#/data');
    expect(screen.getByRole('button', { name: 'Los geht’s' })).toBeInTheDocument();
    unmount();

    render(
      <UndoProvider>
        <SetupFlow step="purpose" />
      </UndoProvider>,
    );
    expect(screen.getByText('Schritt 1 von 6')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Werte' })).toBeInTheDocument();
    expect(await screen.findByLabelText(/Mein Sinn/)).toBeInTheDocument();
  });

  it('asks for the five signature strengths in German', async () => {
    setLanguage('de');
    window.location.hash = '#/setup/strengths';
    await saveRanking(['perspective', 'leadership', 'honesty', 'hope']);
    render(
      <UndoProvider>
        <SetupFlow step="strengths" />
      </UndoProvider>,
    );
    await screen.findByText(/Signaturstärken gewählt: 4 von 5/);
    await userEvent.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Fügen Sie mindestens Ihre 5 wichtigsten Stärken hinzu',
    );
  });
});

describe('the vision in Spanish', () => {
  it('names its fields and horizons in Spanish', async () => {
    setLanguage('es');
    render(<VisionEditor />);
    expect(await screen.findByLabelText(/Mi visión/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Horizontes' })).toBeInTheDocument();
    expect(screen.getByLabelText(/En 3 años/)).toBeInTheDocument();
  });
});

describe('French plurals', () => {
  it('takes the singular for 0 and 1, the plural from 2', () => {
    setLanguage('fr');
    expect(t('settings:minutes', { count: 0 })).toBe('0 minute');
    expect(t('settings:minutes', { count: 1 })).toBe('1 minute');
    expect(t('settings:minutes', { count: 2 })).toBe('2 minutes');
    expect(t('foundation:board.added', { count: 0 })).toBe('0 image ajoutée.');
    expect(t('foundation:board.added', { count: 2 })).toBe('2 images ajoutées.');
  });

  it('counts the days of a run of days off in French', () => {
    setLanguage('fr');
    expect(describeRun({ from: '2026-12-21', to: '2026-12-22' })).toMatch(/\(2 jours\)$/);
    expect(describeRun({ from: '2026-12-21', to: '2026-12-21' })).toBe('lun. 21 déc.');
  });
});
