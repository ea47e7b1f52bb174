/** What an agreement becomes: its title cut where a reader would cut it, and the next workday. */
import { describe, expect, it } from 'vitest';
import { nextWorkday, titleFromAgreement } from '../../../lib/domain/agreements';

const MON_TO_FRI = { workdays: [1, 2, 3, 4, 5] };

describe('titleFromAgreement', () => {
  it.each([
    ['a short agreement as it is', '  Delegate the weekly report  ', 40, 'Delegate the weekly report', ''],
    [
      'one line, the full words kept when they had line breaks',
      'Delegate\nthe report',
      40,
      'Delegate the report',
      'Delegate\nthe report',
    ],
    ['exactly the limit', 'Say no twice', 12, 'Say no twice', ''],
    [
      'the first sentence when it fits',
      'Delegate the report. Sam takes it from January, with a handover.',
      30,
      'Delegate the report.',
      'Delegate the report. Sam takes it from January, with a handover.',
    ],
    [
      'the last whole word that fits, and an ellipsis',
      'Ask one open question in every one-to-one this month',
      30,
      'Ask one open question in…',
      'Ask one open question in every one-to-one this month',
    ],
    [
      'no comma left before the ellipsis',
      'Ask Sam, Priya, and Lee for feedback on the offsite plan',
      17,
      'Ask Sam, Priya…',
      'Ask Sam, Priya, and Lee for feedback on the offsite plan',
    ],
    [
      'a single long word cut where the room ends',
      'Supercalifragilisticexpialidocious',
      10,
      'Supercali…',
      'Supercalifragilisticexpialidocious',
    ],
  ])('gives %s', (_, text, limit, title, rest) => {
    expect(titleFromAgreement(text, limit)).toEqual({ title, rest });
  });

  it('never gives a title over the limit', () => {
    const { title } = titleFromAgreement('word '.repeat(100), 120);
    expect(title.length).toBeLessThanOrEqual(120);
  });
});

describe('nextWorkday', () => {
  it.each([
    ['Wednesday to Thursday', '2026-12-02', MON_TO_FRI, '2026-12-03'],
    ['Friday to Monday', '2026-12-04', MON_TO_FRI, '2026-12-07'],
    ['Saturday to Monday', '2026-12-05', MON_TO_FRI, '2026-12-07'],
    ['any next day with no workdays set', '2026-12-04', { workdays: [] }, '2026-12-05'],
    ['across the year', '2026-12-31', MON_TO_FRI, '2027-01-01'],
  ])('goes from %s', (_, today, settings, expected) => {
    expect(nextWorkday(today, settings)).toBe(expected);
  });
});
