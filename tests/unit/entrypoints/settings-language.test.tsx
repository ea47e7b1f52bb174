import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nRoot } from '../../../components/I18nRoot';
import App from '../../../entrypoints/options/App';
import { setLanguage } from '../../../lib/i18n';
import { getSettings, updateSettings } from '../../../lib/store/storage-items';

/** The settings as stored, without defaults filled in. */
const stored = async () =>
  (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown>;

beforeEach(async () => {
  localStorage.clear();
  await fakeBrowser.storage.local.set({
    setup: { step: 'done', completedAt: Date.parse('2026-11-01T09:00:00Z') },
  });
  window.history.replaceState(null, '', '#/settings');
});
afterEach(() => {
  setLanguage('en');
  vi.restoreAllMocks();
});

const openSettings = () =>
  render(
    <I18nRoot>
      <App />
    </I18nRoot>,
  );

describe('the language in Settings', () => {
  it('names each language in itself, after the browser’s language', async () => {
    openSettings();
    const select = await screen.findByLabelText('Language');
    const options = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(['Browser’s language (English)', 'English', 'Deutsch', 'Français', 'Español']);
  });

  it('turns the page German at once, without a reload, and keeps naming each language in itself', async () => {
    const user = userEvent.setup();
    openSettings();
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    await user.selectOptions(await screen.findByLabelText('Language'), 'Deutsch');

    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ihre Daten' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Montag' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect((await getSettings()).language).toBe('de');
    const select = screen.getByLabelText('Sprache');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Sprache des Browsers (English)', 'English', 'Deutsch', 'Français', 'Español']);
  });

  it('follows a language chosen on another page', async () => {
    openSettings();
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    await updateSettings({ language: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Réglages' })).toBeInTheDocument();
    expect(await screen.findByLabelText('Langue')).toHaveValue('fr');
  });

  it('goes back to the browser’s language, and removes the setting rather than storing it empty', async () => {
    const user = userEvent.setup();
    await updateSettings({ language: 'es' });
    openSettings();
    const select = await screen.findByLabelText('Idioma');
    await user.selectOptions(select, 'Idioma del navegador (English)');

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    await waitFor(async () => expect(Object.keys(await stored())).not.toContain('language'));
    expect(screen.getByLabelText('Language')).toHaveValue('');
  });
});

describe('following the browser again', () => {
  it('writes the settings without the language, so no browser’s storage keeps an empty key', async () => {
    await updateSettings({ language: 'de' });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await updateSettings({ language: undefined });
    const written = set.mock.calls.map(([items]) => items).find((items) => 'settings' in items);
    expect(Object.keys(written!.settings as object)).not.toContain('language');
    expect(await getSettings()).not.toHaveProperty('language');
  });
});
