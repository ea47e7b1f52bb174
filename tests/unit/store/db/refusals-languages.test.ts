/**
 * What the stores refuse, they refuse in the language in force: a leader using Flourish in German
 * never meets an English sentence when a session is gone or a rating is out of range.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../lib/i18n';
import { addDaysOff } from '../../../../lib/store/db/days-off';
import { addAgreement, addSession } from '../../../../lib/store/db/sessions';
import { rateGoalForWeek } from '../../../../lib/store/db/weekly-reviews';

afterEach(() => setLanguage('en'));

const refusals = {
  goneSession: () => addAgreement('no-such-session', 'Delegate the weekly report'),
  sessionsOutOfOrder: () => addSession({ day: '2026-12-02', nextDay: '2026-11-30' }),
  ratingOutOfRange: () => rateGoalForWeek('2026-W48', 'goal-1', 3),
  daysOffWithoutEnd: () => addDaysOff({ from: '2026-12-24', to: '', label: 'Holidays' }),
  notesTooLong: () => addSession({ day: '2026-12-02' }, 'x'.repeat(2001)),
};

describe.each([
  [
    'en',
    {
      goneSession: 'That session is no longer there.',
      sessionsOutOfOrder: 'The next session must come after this one.',
      ratingOutOfRange: 'A goal’s rating runs from −2 (much less than expected) to +2 (much more).',
      daysOffWithoutEnd: 'Days off need their last day.',
      notesTooLong: '“Your notes” is 2001 characters; the limit is 2000.',
    },
  ],
  [
    'de',
    {
      goneSession: 'Diese Sitzung gibt es nicht mehr.',
      sessionsOutOfOrder: 'Die nächste Sitzung muss nach dieser stattfinden.',
      ratingOutOfRange: 'Ein Ziel wird von −2 (viel weniger als erwartet) bis +2 (viel mehr) bewertet.',
      daysOffWithoutEnd: 'Für freie Tage fehlt der letzte Tag.',
      notesTooLong: '„Ihre Notizen“ hat 2001 Zeichen; erlaubt sind höchstens 2000.',
    },
  ],
  [
    'fr',
    {
      goneSession: 'Cette séance n’existe plus.',
      sessionsOutOfOrder: 'La prochaine séance doit avoir lieu après celle-ci.',
      ratingOutOfRange: 'Un objectif se note de −2 (bien moins que prévu) à +2 (bien plus).',
      daysOffWithoutEnd: 'Il manque le dernier jour de ces jours de congé.',
      notesTooLong: '« Vos notes » compte 2001 caractères ; la limite est de 2000.',
    },
  ],
  [
    'es',
    {
      goneSession: 'Esa sesión ya no existe.',
      sessionsOutOfOrder: 'La próxima sesión tiene que ser posterior a esta.',
      ratingOutOfRange: 'Un objetivo se valora de −2 (mucho menos de lo esperado) a +2 (mucho más).',
      daysOffWithoutEnd: 'A los días libres les falta el último día.',
      notesTooLong: '«Tus notas» tiene 2001 caracteres; el límite es 2000.',
    },
  ],
] as const)('the stores’ refusals in %s', (language, said) => {
  it.each(Object.keys(refusals) as (keyof typeof refusals)[])('%s', async (refusal) => {
    setLanguage(language);
    await expect(refusals[refusal]()).rejects.toThrow(said[refusal]);
  });
});
