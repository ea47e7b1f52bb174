import { describe, expect, it } from 'vitest';
import { carriedLabel, type CarryRow } from '../../../lib/domain/carried-from';
import type { ReviewOutcome } from '../../../lib/domain/types';

// Wednesday 25 November 2026; the days before it: Tue 24, Mon 23, Fri 20, and Mon 16 over a week back.
const TODAY = '2026-11-25';

const row = (id: string, day: string, carriedFrom?: string): CarryRow => ({
  id,
  day,
  ...(carriedFrom && { carriedFrom }),
});
/** A review of `day` that marked `id` not done, with this obstacle and decision. */
const review = (
  day: string,
  id: string,
  changes: Partial<ReviewOutcome> = {},
): [string, { outcomes: ReviewOutcome[] }] => [
  day,
  { outcomes: [{ commitmentId: id, status: 'not-done', decision: 'carry', ...changes }] },
];

describe('where a carried commitment came from', () => {
  it.each<[string, CarryRow[], [string, { outcomes: ReviewOutcome[] }][], string | undefined]>([
    ['one that was not carried: nothing', [row('a', TODAY)], [], undefined],
    [
      'carried from yesterday, waiting on others',
      [row('a', '2026-11-24'), row('b', TODAY, 'a')],
      [review('2026-11-24', 'a', { obstacle: 'waiting' })],
      'carried from Tue · waiting on others',
    ],
    [
      'a custom obstacle, in the leader’s own words',
      [row('a', '2026-11-24'), row('b', TODAY, 'a')],
      [review('2026-11-24', 'a', { obstacle: 'custom:Board prep ran over (again)' })],
      'carried from Tue · Board prep ran over (again)',
    ],
    [
      'a built-in obstacle with words in brackets',
      [row('a', '2026-11-24'), row('b', TODAY, 'a')],
      [review('2026-11-24', 'a', { obstacle: 'avoided' })],
      'carried from Tue · avoided it (discomfort)',
    ],
    [
      'no obstacle recorded',
      [row('a', '2026-11-24'), row('b', TODAY, 'a')],
      [review('2026-11-24', 'a')],
      'carried from Tue',
    ],
    [
      '“Other” with no words: nothing to say of it',
      [row('a', '2026-11-24'), row('b', TODAY, 'a')],
      [review('2026-11-24', 'a', { obstacle: 'other' })],
      'carried from Tue',
    ],
    ['no review of that day', [row('a', '2026-11-24'), row('b', TODAY, 'a')], [], 'carried from Tue'],
    [
      'moved from a day over a week back, by date',
      [row('a', '2026-11-16'), row('b', TODAY, 'a')],
      [review('2026-11-16', 'a', { obstacle: 'priorities-changed', decision: 'move', moveTo: TODAY })],
      'moved from Mon 16 Nov · priorities changed',
    ],
    [
      'carried twice: since its first day, with what got in the way last',
      [row('a', '2026-11-23'), row('b', '2026-11-24', 'a'), row('c', TODAY, 'b')],
      [
        review('2026-11-23', 'a', { obstacle: 'low-energy' }),
        review('2026-11-24', 'b', { obstacle: 'meetings' }),
      ],
      'carried twice since Mon · meetings and interruptions',
    ],
    [
      'carried three times',
      [
        row('a', '2026-11-20'),
        row('b', '2026-11-23', 'a'),
        row('c', '2026-11-24', 'b'),
        row('d', TODAY, 'c'),
      ],
      [review('2026-11-24', 'c', { obstacle: 'unclear' })],
      'carried 3 times since Fri · unclear next step',
    ],
    ['carried from a commitment Flourish no longer has', [row('b', TODAY, 'gone')], [], 'carried over'],
  ])('%s', (_what, rows, reviews, expected) => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(carriedLabel(rows.at(-1)!, byId, new Map(reviews), 'en-GB')).toBe(expected);
  });

  it('stops at a loop of carries, which no carry makes, instead of going round it', () => {
    const rows = [row('a', '2026-11-24', 'b'), row('b', TODAY, 'a')];
    expect(carriedLabel(rows[1]!, new Map(rows.map((r) => [r.id, r])), new Map(), 'en-GB')).toBe(
      'carried from Tue',
    );
  });
});
