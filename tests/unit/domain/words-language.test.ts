/**
 * The domain's words follow the language in force, without a reload: progress, days off, focus,
 * plans, horizons, the carried label, the badge, schedules, validation and error messages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/domain/badge';
import { carriedLabel, type CarryRow } from '../../../lib/domain/carried-from';
import { describeError } from '../../../lib/domain/errors';
import { offerReason } from '../../../lib/domain/plan-prompts';
import { notificationText } from '../../../lib/domain/prompt-text';
import { describeSchedule, WEEKDAY_NAMES } from '../../../lib/domain/recurrence';
import { readTypedTime } from '../../../lib/domain/typed-time';
import { checkCommitmentTitle, ValidationError } from '../../../lib/domain/validation';
import { validateValues } from '../../../lib/domain/values';
import { dayOffNote, focusLines, formatProgress, HORIZON_NAMES, planLine } from '../../../lib/domain/words';
import { setLanguage } from '../../../lib/i18n';

afterEach(() => setLanguage('en'));

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.message;
    throw error;
  }
  return null;
};

describe('in German', () => {
  it('speaks every part of the domain in German', () => {
    setLanguage('de');
    expect(formatProgress(2, 4)).toBe('2 von 4 erledigt');
    expect(dayOffNote('Winterurlaub')).toBe(
      'Freier Tag – Winterurlaub. Heute wird nichts von Ihnen erwartet.',
    );
    expect(planLine({ when: 'es 16 Uhr ist', then: 'das Board-Update schreiben' })).toBe(
      'Wenn es 16 Uhr ist, werde ich das Board-Update schreiben.',
    );
    expect(HORIZON_NAMES.oneYear).toBe('In einem Jahr');
    expect(
      focusLines(
        { day: { text: 'Budget', from: '2026-11-27', for: '2026-11-30' }, week: 'Team' },
        '2026-11-28',
      ),
    ).toEqual([
      { label: 'Fokus für Montag', text: 'Budget' },
      { label: 'Fokus für diese Woche', text: 'Team' },
    ]);
    expect(badgeFor(3, false).title).toBe('Flourish: heute 3 offene Vorhaben');
    expect(badgeFor(1, false).title).toBe('Flourish: heute 1 offenes Vorhaben');
    expect(describeSchedule({ kind: 'weekdays', weekdays: [4, 2] })).toBe('Jeden Dienstag und Donnerstag');
    expect(describeSchedule({ kind: 'every-n-weeks', interval: 2, weekday: 5 })).toBe(
      'Alle 2 Wochen am Freitag',
    );
    expect(WEEKDAY_NAMES[1]).toBe('Montag');
    expect(refusal(() => checkCommitmentTitle('  '))).toBe('Ein Vorhaben darf nicht leer sein.');
    expect(refusal(() => validateValues(['Mut', 'mut']))).toBe('„mut“ steht bereits unter Ihren Werten.');
    expect(describeError(new Error('disk'))).toBe(
      'Das konnte nicht gespeichert werden. Es wurde nichts geändert; bitte versuchen Sie es erneut.',
    );
    expect(readTypedTime('25:00')).toEqual({
      problem: '„25:00“ ist keine Uhrzeit: Die Stunden gehen von 0 bis 23.',
    });
    expect(offerReason({ obstacle: 'meetings', repeats: 3, carriedAgain: false })).toBe(
      '„Meetings und Unterbrechungen“ stand in den letzten zwei Wochen 3-mal im Weg. Mit einem Plan für diesen Moment wird es wahrscheinlicher erledigt.',
    );
  });

  it('names a carried commitment’s obstacle as German writes it', () => {
    setLanguage('de');
    const parent: CarryRow = { id: 'a', day: '2026-11-24' };
    const label = carriedLabel(
      { id: 'b', day: '2026-11-25', carriedFrom: 'a' },
      new Map([['a', parent]]),
      new Map([
        ['2026-11-24', { outcomes: [{ commitmentId: 'a', status: 'not-done', obstacle: 'waiting' }] }],
      ]),
    );
    expect(label).toBe('übertragen von Di · Warten auf andere');
  });

  it('joins what else is waiting as German lists do', () => {
    setLanguage('de');
    const text = notificationText([
      { kind: 'daily-review', dayName: 'Mittwoch', done: 2, total: 3 },
      { kind: 'daily-review', dayName: 'Dienstag', done: 0, total: 0 },
      { kind: 'morning-plan', dayName: 'today', done: 0, total: 0 },
    ]);
    expect(text).toEqual({
      title: 'Wie war Ihr Mittwoch?',
      message:
        '2 von 3 erledigt. Zwei Minuten, um zurückzublicken und den morgigen Tag vorzubereiten. Ebenfalls offen: der Tagesrückblick von Dienstag und der Plan für heute.',
    });
  });
});

describe('plural forms in French', () => {
  it.each([
    [0, '0 sur 4 fait'],
    [1, '1 sur 4 fait'],
    [2, '2 sur 4 faits'],
  ])('%i done reads “%s”', (done, text) => {
    setLanguage('fr');
    expect(formatProgress(done, 4)).toBe(text);
  });

  it('counts the badge’s open commitments with French plurals', () => {
    setLanguage('fr');
    expect(badgeFor(1, false).title).toBe('Flourish : 1 engagement en cours aujourd’hui');
    expect(badgeFor(2, false).title).toBe('Flourish : 2 engagements en cours aujourd’hui');
  });
});

describe('in Spanish', () => {
  it('speaks to the leader as “tú”', () => {
    setLanguage('es');
    expect(formatProgress(1, 3)).toBe('1 de 3 hecho');
    expect(dayOffNote('')).toBe('Día libre. Hoy no se te pide nada.');
    expect(describeSchedule({ kind: 'weekdays', weekdays: [1, 3] })).toBe('Cada lunes y miércoles');
  });
});
