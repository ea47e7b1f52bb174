import { describe, expect, it } from 'vitest';
import { addCommitment, commitmentsForDay } from '../../../../lib/store/db/commitments';
import { EMPTY_ANSWERS, completeReview, getReview } from '../../../../lib/store/db/reviews';

// Friday's review: "carry" sends an unfinished commitment to Monday, the next workday. "Move to a
// day…" offers Monday or later (the date field's minimum is the carry day), and so does the check.
const FRIDAY = '2026-11-27';
const RULES = { carryTo: '2026-11-30' };

async function moveTo(day: string) {
  const c = await addCommitment(FRIDAY, 'Feedback to Sam');
  const outcome = { commitmentId: c.id, status: 'not-done' as const, decision: 'move' as const, moveTo: day };
  return { c, finish: () => completeReview(FRIDAY, { ...EMPTY_ANSWERS, outcomes: [outcome] }, RULES) };
}

describe('moving an unfinished commitment to a chosen day', () => {
  it.each(['2026-11-28', '2026-11-29'])(
    'refuses %s, after the day but before the carry day, and saves nothing',
    async (day) => {
      const { finish } = await moveTo(day);
      await expect(finish()).rejects.toThrow(/^Choose \D*30\D* or later to move “Feedback to Sam” to\.$/);
      expect(await getReview(FRIDAY)).toBeUndefined();
      expect(await commitmentsForDay(day)).toEqual([]);
    },
  );

  it.each(['2026-11-30', '2026-12-01'])('accepts %s, the carry day itself or later', async (day) => {
    const { c, finish } = await moveTo(day);
    expect(await finish()).toMatchObject({ carried: 1 });
    expect((await commitmentsForDay(day)).map((x) => [x.title, x.status, x.carriedFrom])).toEqual([
      ['Feedback to Sam', 'open', c.id],
    ]);
  });
});
