import { describe, expect, it } from 'vitest';
import { hasNotes, weekByDay } from '../../../lib/domain/insights/week-days';
import type { DailyReview } from '../../../lib/domain/types';
import { reviewRow } from '../../support/rows';

const MONDAY = '2026-11-23';
const FRIDAY = '2026-11-27';

const draft = (day: string, extra: Partial<DailyReview> = {}): DailyReview => {
  const { completedAt: _finished, ...row } = reviewRow(day, extra);
  return row;
};

describe('the zoom-out’s week, day by day', () => {
  it('gives seven days from Monday, each with what stands for it, seen on Friday', () => {
    const reviews = [
      reviewRow('2026-11-23', { energy: 4, stress: 2 }),
      reviewRow('2026-11-24', { skipped: true, energy: 1 }),
      draft('2026-11-25', { energy: 5, stress: 5 }),
      reviewRow('2026-11-27', { energy: 3 }),
    ];
    expect(weekByDay(MONDAY, reviews, FRIDAY).map((d) => [d.day, d.state, d.energy, d.stress])).toEqual([
      ['2026-11-23', 'written', 4, 2],
      // A skipped day and an unfinished draft say so; their figures are not shown as the day's.
      ['2026-11-24', 'skipped', null, null],
      ['2026-11-25', 'draft', null, null],
      ['2026-11-26', 'none', null, null],
      ['2026-11-27', 'written', 3, null],
      ['2026-11-28', 'ahead', null, null],
      ['2026-11-29', 'ahead', null, null],
    ]);
  });

  it.each([
    ['a draft of a day to come is still to come', draft('2026-11-28'), 'ahead'],
    ['a review finished ahead of its day counts as written', reviewRow('2026-11-28'), 'written'],
    ['no review of a day to come', null, 'ahead'],
  ])('%s', (_case, review, state) => {
    const saturday = weekByDay(MONDAY, review ? [review] : [], FRIDAY)[5]!;
    expect(saturday.state).toBe(state);
  });

  it('takes the notes of written reviews, trimmed, and none from drafts', () => {
    const reviews = [
      reviewRow('2026-11-23', { wentWell: ' Board update landed \n', learned: '', tomorrowFocus: 'Sam' }),
      draft('2026-11-24', { wentWell: 'Half a thought' }),
    ];
    const [monday, tuesday, wednesday] = weekByDay(MONDAY, reviews, FRIDAY);
    expect(monday).toMatchObject({ wentWell: 'Board update landed', learned: '', tomorrowFocus: 'Sam' });
    expect([hasNotes(monday!), hasNotes(tuesday!), hasNotes(wednesday!)]).toEqual([true, false, false]);
  });

  it('shows days off as days off, named, unless a review was written on one', () => {
    const daysOff = [
      { from: '2026-11-20', to: '2026-11-24', label: 'Conference' },
      { from: '2026-11-26', to: '2026-11-26', label: '' },
    ];
    const reviews = [
      reviewRow('2026-11-23', { energy: 4 }),
      reviewRow('2026-11-24', { skipped: true }),
      reviewRow('2026-11-25', { skipped: true }),
    ];
    expect(weekByDay(MONDAY, reviews, FRIDAY, daysOff).map((d) => [d.day, d.state, d.offLabel])).toEqual([
      // Written on a day off: the review speaks for the day.
      ['2026-11-23', 'written', undefined],
      // A day off asked for no review: skipping it is not a skipped review.
      ['2026-11-24', 'off', 'Conference'],
      ['2026-11-25', 'skipped', undefined],
      ['2026-11-26', 'off', ''],
      ['2026-11-27', 'none', undefined],
      ['2026-11-28', 'ahead', undefined],
      ['2026-11-29', 'ahead', undefined],
    ]);
  });

  it('ignores reviews of other weeks', () => {
    const days = weekByDay(MONDAY, [reviewRow('2026-11-22', { energy: 5 }), reviewRow('2026-11-30')], FRIDAY);
    expect(days.map((d) => d.state)).toEqual(['none', 'none', 'none', 'none', 'none', 'ahead', 'ahead']);
  });
});
