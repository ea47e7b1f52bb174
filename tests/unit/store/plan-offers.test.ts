import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addCommitment,
  commitmentsForDay,
  linkCommitment,
  planCommitment,
} from '../../../lib/store/db/commitments';
import { db } from '../../../lib/store/db/db';
import { completeReview } from '../../../lib/store/db/reviews';
import { planOffersAfterReview, planOffersOn } from '../../../lib/store/plan-offers';
import { ValidationError } from '../../../lib/domain/validation';

const MONDAY = '2026-11-23';
const TUESDAY = '2026-11-24';
const WEDNESDAY = '2026-11-25';
const THURSDAY = '2026-11-26';

/** Reviews `day` with `id` not done for `obstacle`, carried to the next day. */
async function missed(day: string, id: string, obstacle: string, carryTo: string) {
  await completeReview(
    day,
    { outcomes: [{ commitmentId: id, status: 'not-done', obstacle, decision: 'carry' }] },
    { carryTo },
  );
}

/** The copy of `id` a carry made. */
async function copyOf(id: string) {
  return (await db.commitments.where('carriedFrom').equals(id).first())!;
}

describe('offers to plan, read from the store', () => {
  it('offers a plan for the copy when the same obstacle stopped commitments twice in two weeks', async () => {
    const monday = await addCommitment(MONDAY, 'Clear the inbox');
    await missed(MONDAY, monday.id, 'meetings', TUESDAY);
    const board = await addCommitment(WEDNESDAY, 'Write the board update');
    await missed(WEDNESDAY, board.id, 'meetings', THURSDAY);
    const copy = await copyOf(board.id);

    const expected = [
      {
        commitmentId: copy.id,
        day: THURSDAY,
        title: 'Write the board update',
        obstacle: 'meetings',
        repeats: 2,
        carriedAgain: false,
      },
    ];
    expect(await planOffersAfterReview(WEDNESDAY)).toEqual(expected);
    expect(await planOffersOn(THURSDAY)).toEqual(expected);
  });

  it('offers nothing after an obstacle that stopped a commitment once', async () => {
    const board = await addCommitment(WEDNESDAY, 'Write the board update');
    await missed(WEDNESDAY, board.id, 'meetings', THURSDAY);
    expect(await planOffersAfterReview(WEDNESDAY)).toEqual([]);
    expect(await planOffersOn(THURSDAY)).toEqual([]);
  });

  it('offers a plan when a carried commitment is carried again', async () => {
    const board = await addCommitment(TUESDAY, 'Write the board update');
    await missed(TUESDAY, board.id, 'unclear', WEDNESDAY);
    expect(await planOffersAfterReview(TUESDAY)).toEqual([]);
    const first = await copyOf(board.id);
    await missed(WEDNESDAY, first.id, 'underestimated', THURSDAY);
    const second = await copyOf(first.id);
    expect(await planOffersOn(THURSDAY)).toEqual([
      {
        commitmentId: second.id,
        day: THURSDAY,
        title: 'Write the board update',
        obstacle: 'underestimated',
        carriedAgain: true,
      },
    ]);
  });

  it('offers nothing once the copy has a plan', async () => {
    const board = await addCommitment(TUESDAY, 'Write the board update');
    await missed(TUESDAY, board.id, 'unclear', WEDNESDAY);
    const first = await copyOf(board.id);
    await missed(WEDNESDAY, first.id, 'unclear', THURSDAY);
    const second = await copyOf(first.id);
    await planCommitment(second.id, { when: 'I sit down to it', then: 'open the last draft' });
    expect(await planOffersOn(THURSDAY)).toEqual([]);
  });
});

describe('planning a commitment', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the plan, trimmed, and no other field', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T08:00:00Z'));
    const board = await addCommitment(THURSDAY, 'Write the board update', { goalId: 'g1' });
    vi.setSystemTime(new Date('2026-11-26T08:05:00Z'));
    await planCommitment(board.id, { when: '  meetings crowd it out ', then: ' write it at 8 am ' });
    const [stored] = await commitmentsForDay(THURSDAY);
    expect(stored).toEqual({
      ...board,
      ifThen: { when: 'meetings crowd it out', then: 'write it at 8 am' },
      updatedAt: Date.parse('2026-11-26T08:05:00Z'),
    });
  });

  it.each([
    [{ when: 'meetings crowd it out', then: '  ' }],
    [{ when: '', then: 'write it at 8 am' }],
    [{ when: ' ', then: '' }],
  ])('refuses half a plan, or none, and changes nothing: %o', async (plan) => {
    const board = await addCommitment(THURSDAY, 'Write the board update');
    await linkCommitment(board.id, { ifThen: { when: 'it is 9 am', then: 'open the draft' } });
    const before = await db.commitments.get(board.id);
    await expect(planCommitment(board.id, plan)).rejects.toThrow(
      new ValidationError('An if-then plan needs both parts: “When …” and “I will …”.'),
    );
    expect(await db.commitments.get(board.id)).toEqual(before);
  });

  it('refuses a half over 200 characters', async () => {
    const board = await addCommitment(THURSDAY, 'Write the board update');
    await expect(planCommitment(board.id, { when: 'x'.repeat(201), then: 'write it' })).rejects.toThrow(
      'The “When” part is 201 characters; the limit is 200.',
    );
    expect((await db.commitments.get(board.id))?.ifThen).toBeUndefined();
  });
});
