import { describe, expect, it } from 'vitest';
import { applyReviewChanges, EMPTY_ANSWERS, reviewAnswers } from '../../../lib/domain/review-answers';

const stored = {
  ...EMPTY_ANSWERS,
  outcomes: [
    { commitmentId: 'a', status: 'done' as const },
    { commitmentId: 'b', status: 'not-done' as const, obstacle: 'meetings' },
  ],
  wentWell: 'Calm',
  strengthsUsed: ['zest', 'hope'],
  energy: 3,
};

describe('applying what one form changed to a review', () => {
  it.each([
    ['a text', { learned: 'Say no' }, { ...stored, learned: 'Say no' }],
    ['an emptied text', { wentWell: '' }, { ...stored, wentWell: '' }],
    [
      'one outcome, in its place',
      { outcomes: [{ commitmentId: 'b', status: 'done' as const }] },
      { ...stored, outcomes: [stored.outcomes[0], { commitmentId: 'b', status: 'done' }] },
    ],
    [
      'a new outcome, after the others',
      { outcomes: [{ commitmentId: 'c', status: 'done' as const }] },
      { ...stored, outcomes: [...stored.outcomes, { commitmentId: 'c', status: 'done' }] },
    ],
    [
      'a strength ticked',
      { strengthTicks: { humor: true } },
      { ...stored, strengthsUsed: ['zest', 'hope', 'humor'] },
    ],
    ['a strength unticked', { strengthTicks: { zest: false } }, { ...stored, strengthsUsed: ['hope'] }],
    ['a strength ticked twice', { strengthTicks: { zest: true } }, stored],
    ['the whole set of strengths', { strengthsUsed: ['humor'] }, { ...stored, strengthsUsed: ['humor'] }],
    ['stress', { stress: 4 }, { ...stored, stress: 4 }],
    ['nothing', {}, stored],
  ])('changes %s and keeps every other field', (_case, changes, expected) => {
    expect(applyReviewChanges(stored, changes)).toEqual(expected);
  });
});

describe('where a review of the day stands', () => {
  const review = {
    day: '2026-11-25',
    outcomes: [{ commitmentId: 'a', status: 'not-done' as const, obstacle: 'waiting' }],
    wentWell: 'Calm',
    strengthsUsed: [],
    learned: '',
    tomorrowFocus: 'Board',
    updatedAt: 1,
  };

  it('starts from the day’s ticks when nothing is stored', () => {
    expect(
      reviewAnswers(undefined, [
        { id: 'a', status: 'done' },
        { id: 'b', status: 'open' },
        { id: 'c', status: 'dropped' },
      ]),
    ).toEqual({ ...EMPTY_ANSWERS, outcomes: [{ commitmentId: 'a', status: 'done' }] });
  });

  it('starts with the strengths linked to the day’s commitments ticked when nothing is stored', () => {
    expect(
      reviewAnswers(undefined, [
        { id: 'a', status: 'open', strengthId: 'zest' },
        { id: 'b', status: 'open' },
        { id: 'c', status: 'open', strengthId: 'hope' },
        { id: 'd', status: 'done', strengthId: 'zest' },
        { id: 'e', status: 'dropped', strengthId: 'humor' },
      ]).strengthsUsed,
    ).toEqual(['zest', 'hope']);
  });

  it('never ticks linked strengths over a stored review, even one with none ticked', () => {
    expect(
      reviewAnswers(review, [
        { id: 'a', status: 'open', strengthId: 'zest' },
        { id: 'b', status: 'open', strengthId: 'hope' },
      ]).strengthsUsed,
    ).toEqual([]);
  });

  it('keeps what the stored review says, and adds the ticks of commitments it does not mention', () => {
    expect(
      reviewAnswers(review, [
        { id: 'a', status: 'done' },
        { id: 'b', status: 'done' },
      ]),
    ).toEqual({
      ...EMPTY_ANSWERS,
      wentWell: 'Calm',
      tomorrowFocus: 'Board',
      outcomes: [
        { commitmentId: 'a', status: 'not-done', obstacle: 'waiting' },
        { commitmentId: 'b', status: 'done' },
      ],
    });
  });
});
