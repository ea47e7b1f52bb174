/**
 * The worker speaks the language chosen in Settings: the end-of-day notification, its buttons and
 * the badge's title come out in it, read afresh from the settings before each one is composed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARMS } from '../../../entrypoints/background/alarms';
import { reschedule } from '../../../entrypoints/background/prompts';
import { promptStateItem } from '../../../entrypoints/background/prompt-state';
import { EMPTY_PROMPT_STATE } from '../../../lib/domain/prompt-schedule';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings';
import { setLanguage } from '../../../lib/i18n';
import type { LanguageChoice } from '../../../lib/i18n/languages';
import { addCommitment, markCommitmentDone } from '../../../lib/store/db/commitments';
import { updateSettings } from '../../../lib/store/storage-items';

const EVERY_DAY = { ...DEFAULT_SETTINGS, workdays: [0, 1, 2, 3, 4, 5, 6], weeklyReviewDay: null };

const fire = (name: string) =>
  fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now(), persistAcrossSessions: false });

/** The one notification on screen: what it says and its buttons. */
async function shown() {
  const [options] = Object.values(fakeBrowser.notifications.getAllCreateOptions());
  return { title: options?.title, message: options?.message, buttons: options?.buttons?.map((b) => b.title) };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  setLanguage('en');
});

describe('the end-of-day notification in the language chosen in Settings', () => {
  it.each<[LanguageChoice, { title: string; message: string; buttons: string[]; badge: string }]>([
    [
      'en',
      {
        title: 'How did today go?',
        message: '1 of 2 done. Two minutes to look back and set up tomorrow.',
        buttons: ['Reflect now', 'Snooze 15 min'],
        badge: 'Flourish: your end-of-day review is waiting',
      },
    ],
    [
      'de',
      {
        title: 'Wie war Ihr Tag?',
        message: '1 von 2 erledigt. Zwei Minuten, um zurückzublicken und den morgigen Tag vorzubereiten.',
        buttons: ['Jetzt reflektieren', '15 Min. später'],
        badge: 'Flourish: Ihr Tagesrückblick wartet',
      },
    ],
    [
      'fr',
      {
        title: 'Comment s’est passée votre journée ?',
        message: '1 sur 2 fait. Deux minutes pour faire le point et préparer demain.',
        buttons: ['Faire le bilan', 'Reporter de 15 min'],
        badge: 'Flourish : votre bilan du jour vous attend',
      },
    ],
    [
      'es',
      {
        title: '¿Qué tal ha ido hoy?',
        message: '1 de 2 hecho. Dos minutos para mirar atrás y preparar mañana.',
        buttons: ['Reflexionar ahora', 'Posponer 15 min'],
        badge: 'Flourish: tu repaso del día te espera',
      },
    ],
  ])('in %s', async (language, expected) => {
    // The worker starts in another language: what it speaks comes from the settings, not from before.
    setLanguage(language === 'en' ? 'de' : 'en');
    await updateSettings({ ...EVERY_DAY, language });
    vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    const a = await addCommitment('2026-11-25', 'Board update');
    await addCommitment('2026-11-25', 'One-to-one with Sam');
    await markCommitmentDone(a.id);

    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await fire(ALARMS.prompt);
    await reschedule();

    const { badge, ...notification } = expected;
    expect(await shown()).toEqual(notification);
    expect(await fakeBrowser.action.getTitle({})).toBe(badge);
  });

  it('follows a language changed since the worker last spoke', async () => {
    await updateSettings({ ...EVERY_DAY, language: 'de' });
    vi.setSystemTime(new Date(2026, 10, 25, 17, 30));
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    await reschedule();
    expect((await shown()).title).toBe('Wie war Ihr Tag?');

    await updateSettings({ language: 'fr' });
    await fakeBrowser.notifications.clear(Object.keys(await fakeBrowser.notifications.getAll())[0]!);
    await promptStateItem.setValue({ ...EMPTY_PROMPT_STATE, firstDay: '2026-11-25' });
    await reschedule();
    expect((await shown()).title).toBe('Comment s’est passée votre journée ?');
  });
});
