import { describe, expect, it } from 'vitest';
import { planOffer, timesStopped, type OfferCopy, type OfferSource } from '../../../lib/domain/plan-offer';
import type { DailyReview, ReviewOutcome } from '../../../lib/domain/types';
import { reviewRow } from '../../support/rows';

/** The day being reviewed: Wednesday 25 November. Its not-done commitment was carried to the 26th. */
const DAY = '2026-11-25';

const source: OfferSource = { id: 'board', day: DAY };
const copy: OfferCopy = {
  id: 'board-copy',
  day: '2026-11-26',
  title: 'Write the board update',
  status: 'open',
  carriedFrom: 'board',
};

const missed = (commitmentId: string, obstacle?: string): ReviewOutcome => ({
  commitmentId,
  status: 'not-done',
  decision: 'carry',
  ...(obstacle && { obstacle }),
});

/** The reviewed day's review: the board update not done for `obstacle`, plus any `others`. */
const reviewed = (obstacle?: string, ...others: ReviewOutcome[]) =>
  reviewRow(DAY, { outcomes: [{ ...missed('board', obstacle), carriedTo: '2026-11-26' }, ...others] });

/** An earlier day's review with one commitment not done for `obstacle`. */
const earlier = (day: string, obstacle: string, extra: Partial<DailyReview> = {}) =>
  reviewRow(day, { outcomes: [missed(`other-${day}`, obstacle)], ...extra });

describe('when the review offers an if-then plan', () => {
  it.each<[string, DailyReview[], { repeats?: number; obstacle?: string } | null]>([
    [
      'the same obstacle twice within two weeks',
      [earlier('2026-11-20', 'meetings'), reviewed('meetings')],
      { obstacle: 'meetings', repeats: 2 },
    ],
    [
      'the same obstacle 13 days before: still inside the 14 days',
      [earlier('2026-11-12', 'meetings'), reviewed('meetings')],
      { obstacle: 'meetings', repeats: 2 },
    ],
    [
      'the same obstacle 14 days before: outside',
      [earlier('2026-11-11', 'meetings'), reviewed('meetings')],
      null,
    ],
    [
      'the same obstacle 15 days before: outside',
      [earlier('2026-11-10', 'meetings'), reviewed('meetings')],
      null,
    ],
    ['two different obstacles', [earlier('2026-11-20', 'low-energy'), reviewed('meetings')], null],
    ['the obstacle once only', [reviewed('meetings')], null],
    [
      'two commitments stopped by the same obstacle that day',
      [reviewed('waiting', missed('hiring', 'waiting'))],
      { obstacle: 'waiting', repeats: 2 },
    ],
    [
      'three times in the two weeks',
      [earlier('2026-11-16', 'avoided'), earlier('2026-11-23', 'avoided'), reviewed('avoided')],
      { obstacle: 'avoided', repeats: 3 },
    ],
    [
      'the user’s own obstacle in the same words, whatever the case and spacing',
      [earlier('2026-11-20', 'custom:Board  politics'), reviewed('custom:board politics')],
      { obstacle: 'custom:board politics', repeats: 2 },
    ],
    [
      'the user’s own obstacles in different words',
      [earlier('2026-11-20', 'custom:Board politics'), reviewed('custom:Travel')],
      null,
    ],
    ['“Other” without words, twice', [earlier('2026-11-20', 'other'), reviewed('other')], null],
    [
      'an earlier day whose review was skipped',
      [earlier('2026-11-20', 'meetings', { skipped: true }), reviewed('meetings')],
      null,
    ],
    [
      'an earlier day whose review is only a draft',
      [earlier('2026-11-20', 'meetings', { completedAt: undefined }), reviewed('meetings')],
      null,
    ],
    [
      'the same obstacle on a later day does not count for this one',
      [reviewed('meetings'), earlier('2026-11-26', 'meetings')],
      null,
    ],
    [
      'an earlier outcome done, not stopped',
      [
        reviewRow('2026-11-20', { outcomes: [{ commitmentId: 'x', status: 'done', obstacle: 'meetings' }] }),
        reviewed('meetings'),
      ],
      null,
    ],
    ['nothing recorded as in the way', [earlier('2026-11-20', 'meetings'), reviewed()], null],
  ])('%s', (_case, reviews, expected) => {
    expect(planOffer(copy, source, reviews)).toEqual(
      expected && {
        commitmentId: 'board-copy',
        day: '2026-11-26',
        title: 'Write the board update',
        carriedAgain: false,
        ...expected,
      },
    );
  });

  it.each<[string, OfferSource, OfferCopy, DailyReview[], object | null]>([
    [
      'carried a second time: the reviewed commitment was itself carried',
      { ...source, carriedFrom: 'board-monday' },
      copy,
      [reviewed('unclear')],
      { obstacle: 'unclear', carriedAgain: true },
    ],
    [
      'carried a second time with nothing recorded as in the way',
      { ...source, carriedFrom: 'board-monday' },
      copy,
      [reviewed()],
      { carriedAgain: true },
    ],
    [
      'carried a second time, the obstacle repeated too',
      { ...source, carriedFrom: 'board-monday' },
      copy,
      [earlier('2026-11-24', 'meetings'), reviewed('meetings')],
      { obstacle: 'meetings', repeats: 2, carriedAgain: true },
    ],
    ['carried once', source, copy, [reviewed('unclear')], null],
    [
      'the copy has a plan already',
      source,
      { ...copy, ifThen: { when: 'it is 9 am', then: 'open the draft' } },
      [earlier('2026-11-20', 'meetings'), reviewed('meetings')],
      null,
    ],
    [
      'the copy is done already',
      source,
      { ...copy, status: 'done' },
      [earlier('2026-11-20', 'meetings'), reviewed('meetings')],
      null,
    ],
    [
      'the copy was carried from another commitment',
      source,
      { ...copy, carriedFrom: 'someone-else' },
      [earlier('2026-11-20', 'meetings'), reviewed('meetings')],
      null,
    ],
    [
      'the reviewed day’s review is only a draft',
      { ...source, carriedFrom: 'board-monday' },
      copy,
      [{ ...reviewed('meetings'), completedAt: undefined }],
      null,
    ],
    [
      'the review says it was done',
      { ...source, carriedFrom: 'board-monday' },
      copy,
      [reviewRow(DAY, { outcomes: [{ commitmentId: 'board', status: 'done' }] })],
      null,
    ],
  ])('%s', (_case, from, to, reviews, expected) => {
    expect(planOffer(to, from, reviews)).toEqual(
      expected && {
        commitmentId: 'board-copy',
        day: '2026-11-26',
        title: 'Write the board update',
        ...expected,
      },
    );
  });

  it('counts the not-done outcomes an obstacle stopped in the 14 days ending on the day', () => {
    const reviews = [
      earlier('2026-11-11', 'meetings'),
      earlier('2026-11-12', 'meetings'),
      earlier('2026-11-25', 'custom:x'),
      reviewed('meetings'),
      earlier('2026-11-26', 'meetings'),
    ];
    expect(timesStopped('meetings', reviews, DAY)).toBe(2);
  });
});
