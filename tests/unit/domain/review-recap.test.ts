import { describe, expect, it } from 'vitest';
import { reviewRecap } from '../../../lib/domain/review-recap';

const DAY_LIST = [
  { id: 'a', title: 'Write the board update' },
  { id: 'b', title: 'Give Sam feedback' },
  { id: 'c', title: 'Clear the inbox' },
  { id: 'd', title: 'Plan the offsite' },
];

describe('the recap at the end of a review', () => {
  it('names what was done, where the rest went, and tomorrow’s focus, in the day’s order', () => {
    expect(
      reviewRecap(
        DAY_LIST,
        [
          { commitmentId: 'c', status: 'not-done', decision: 'drop' },
          { commitmentId: 'b', status: 'not-done', decision: 'carry', carriedTo: '2026-11-26' },
          { commitmentId: 'a', status: 'done' },
          {
            commitmentId: 'd',
            status: 'not-done',
            decision: 'move',
            moveTo: '2026-12-01',
            carriedTo: '2026-12-01',
          },
        ],
        '  Two focus mornings ',
      ),
    ).toEqual({
      done: ['Write the board update'],
      carried: [
        { title: 'Give Sam feedback', to: '2026-11-26' },
        { title: 'Plan the offsite', to: '2026-12-01' },
      ],
      dropped: ['Clear the inbox'],
      focus: 'Two focus mornings',
    });
  });

  it('is empty for a day without commitments or a focus', () => {
    expect(reviewRecap([], [], '')).toEqual({ done: [], carried: [], dropped: [], focus: '' });
  });

  it('counts a commitment done after an earlier carry as done', () => {
    expect(
      reviewRecap(DAY_LIST.slice(0, 1), [{ commitmentId: 'a', status: 'done', carriedTo: '2026-11-26' }], '')
        .done,
    ).toEqual(['Write the board update']);
  });
});
