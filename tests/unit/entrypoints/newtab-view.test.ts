import { describe, expect, it } from 'vitest';
import { newTabView, type ViewData } from '../../../entrypoints/newtab/view';

const DAY = '2026-11-25';

function paint(statement: string): ViewData {
  return {
    vision: { statement, looksLike: '', feelsLike: '', horizons: { now: '', oneYear: '', threeYears: '' } },
    horizonChoice: 'inTurn',
    purpose: '',
    values: [],
    commitments: [],
    spotlight: null,
    image: null,
    pendingReviews: [],
  };
}

describe('the new tab’s view', () => {
  it.each([
    ['a workday says nothing about days off', undefined, null],
    [
      'a day off with a label names it',
      'Winter holiday',
      'Day off — Winter holiday. Nothing is asked of you today.',
    ],
    ['a day off without a label', '', 'Day off. Nothing is asked of you today.'],
  ])('%s', (_case, dayOff, expected) => {
    const data = dayOff === undefined ? paint('Vision') : { ...paint('Vision'), dayOff };
    expect(newTabView(DAY, data).dayOffText).toBe(expected);
  });

  it.each([
    ['a short statement at full size', 'A calm, strong team'.length, 'vision-statement'],
    ['a statement of 140 characters at full size', 140, 'vision-statement'],
    ['a statement of a few sentences smaller', 141, 'vision-statement is-long'],
    ['a statement of a page smallest', 2000, 'vision-statement is-very-long'],
  ])('sets %s', (_, length, expected) => {
    expect(newTabView(DAY, paint('x'.repeat(length))).statementClass).toBe(expected);
  });

  it('counts reviewed-as-not-done commitments in the progress, and leaves dropped ones out', () => {
    const view = newTabView(DAY, {
      ...paint('Vision'),
      commitments: [
        { id: 'a', title: 'Done', status: 'done' },
        { id: 'b', title: 'Missed', status: 'not-done' },
        { id: 'c', title: 'Dropped', status: 'dropped' },
      ],
    });
    expect(view.progressText).toBe('1 of 2 done');
    expect(view.commitments?.map((c) => c.id)).toEqual(['a', 'b']);
  });
});
