import { describe, expect, it } from 'vitest';
import {
  addCommitment,
  commitmentsForDay,
  dropCommitment,
  markCommitmentDone,
} from '../../../../lib/store/db/commitments';
import { addCustomObstacles, getProfile } from '../../../../lib/store/db/profile';
import { addRecurrence, ensureRecurringCommitments } from '../../../../lib/store/db/recurrences';
import {
  EMPTY_ANSWERS,
  completeReview,
  finishedReviewDays,
  getReview,
  reviewsBetween,
  saveReviewDraft,
  skipReviews,
} from '../../../../lib/store/db/reviews';
import type { ReviewOutcome } from '../../../../lib/domain/types';
import { ValidationError } from '../../../../lib/domain/validation';

const DAY = '2026-11-25';
const NEXT = '2026-11-26';
const RULES = { carryTo: NEXT };
const EVERY_DAY_RULE = { kind: 'weekdays' as const, weekdays: [0, 1, 2, 3, 4, 5, 6] };

/** The outcome a review records for one commitment. */
const outcomeOf = (review: { outcomes: ReviewOutcome[] } | undefined, id: string) =>
  review?.outcomes.find((o) => o.commitmentId === id);

async function threeCommitments() {
  const a = await addCommitment(DAY, 'Board update', { goalId: 'g1', strengthId: 'prudence' });
  const b = await addCommitment(DAY, 'Feedback to Sam', {
    ifThen: { when: 'after stand-up', then: 'book 15 minutes' },
  });
  const c = await addCommitment(DAY, 'Clear the inbox');
  await markCommitmentDone(a.id);
  return { a, b, c };
}

describe('the daily review', () => {
  it('saves a draft that belongs to its day and is not finished', async () => {
    const { a } = await threeCommitments();
    await saveReviewDraft(DAY, {
      ...EMPTY_ANSWERS,
      outcomes: [{ commitmentId: a.id, status: 'done' }],
      wentWell: 'Calm',
    });
    const review = await getReview(DAY);
    expect(review).toMatchObject({ day: DAY, wentWell: 'Calm' });
    expect(review?.completedAt).toBeUndefined();
    expect(await finishedReviewDays('2026-11-01')).not.toContain(DAY);
  });

  it('finishes: statuses set, not-done carried to the next workday with carriedFrom, history kept', async () => {
    const { a, b, c } = await threeCommitments();
    const { carried } = await completeReview(
      DAY,
      {
        ...EMPTY_ANSWERS,
        outcomes: [
          { commitmentId: a.id, status: 'done' },
          {
            commitmentId: b.id,
            status: 'not-done',
            obstacle: 'meetings',
            note: 'Back to back',
            decision: 'carry',
          },
          { commitmentId: c.id, status: 'not-done', obstacle: 'low-energy', decision: 'drop' },
        ],
        strengthsUsed: ['prudence'],
        energy: 3,
        stress: 4,
      },
      RULES,
    );
    expect(carried).toBe(1);
    const today = await commitmentsForDay(DAY);
    expect(today.map((x) => [x.title, x.status])).toEqual([
      ['Board update', 'done'],
      ['Feedback to Sam', 'not-done'],
      ['Clear the inbox', 'not-done'],
    ]);
    const tomorrow = await commitmentsForDay(NEXT);
    expect(tomorrow).toHaveLength(1);
    expect(tomorrow[0]).toMatchObject({
      title: 'Feedback to Sam',
      status: 'open',
      carriedFrom: b.id,
      ifThen: { when: 'after stand-up', then: 'book 15 minutes' },
    });
    const review = await getReview(DAY);
    expect(review?.completedAt).toBeGreaterThan(0);
    expect(review?.outcomes.find((o) => o.commitmentId === b.id)).toMatchObject({
      obstacle: 'meetings',
      carriedTo: NEXT,
    });
    expect(await finishedReviewDays('2026-11-01')).toContain(DAY);
  });

  it('moves a commitment to a chosen later day, and refuses a day that is not later', async () => {
    const { b } = await threeCommitments();
    const moved = {
      commitmentId: b.id,
      status: 'not-done' as const,
      decision: 'move' as const,
      moveTo: '2026-12-01',
    };
    await expect(
      completeReview(DAY, { ...EMPTY_ANSWERS, outcomes: [{ ...moved, moveTo: DAY }] }, RULES),
    ).rejects.toThrow(/or later to move “Feedback to Sam” to\./);
    expect(await getReview(DAY)).toBeUndefined();
    await completeReview(DAY, { ...EMPTY_ANSWERS, outcomes: [moved] }, RULES);
    expect((await commitmentsForDay('2026-12-01')).map((x) => x.carriedFrom)).toEqual([b.id]);
  });

  it('carries a commitment once, however often a finished review is edited', async () => {
    const { b } = await threeCommitments();
    const answers = {
      ...EMPTY_ANSWERS,
      outcomes: [{ commitmentId: b.id, status: 'not-done' as const, decision: 'carry' as const }],
    };
    await completeReview(DAY, answers, RULES);
    const again = await completeReview(DAY, { ...answers, learned: 'Block time' }, RULES);
    expect(again.carried).toBe(0);
    expect(await commitmentsForDay(NEXT)).toHaveLength(1);
    expect((await getReview(DAY))?.learned).toBe('Block time');
  });

  it('keeps the first finishing time when edited later', async () => {
    await completeReview(DAY, EMPTY_ANSWERS, RULES);
    const first = (await getReview(DAY))!.completedAt;
    await saveReviewDraft(DAY, { ...EMPTY_ANSWERS, wentWell: 'Edited' });
    expect((await getReview(DAY))!.completedAt).toBe(first);
  });

  it.each([
    [{ energy: 6 }, 'Energy is a number from 1 to 5.'],
    [{ stress: 0 }, 'Stress is a number from 1 to 5.'],
    [{ strengthsUsed: ['telepathy'] }, '“telepathy” is not one of the 24 strengths.'],
    [
      { outcomes: [{ commitmentId: 'elsewhere', status: 'done' as const }] },
      'The review mentions a commitment that is not on this day.',
    ],
    [{ wentWell: 'x'.repeat(2001) }, 'What went well is 2001 characters; the limit is 2000.'],
  ])('refuses %j and changes nothing', async (changes, message) => {
    await threeCommitments();
    await expect(completeReview(DAY, { ...EMPTY_ANSWERS, ...changes }, RULES)).rejects.toThrow(
      new ValidationError(message),
    );
    expect(await getReview(DAY)).toBeUndefined();
    expect((await commitmentsForDay(DAY)).map((c) => c.status)).toEqual(['done', 'open', 'open']);
  });

  it('refuses an obstacle it does not know, and accepts the user’s own', async () => {
    const { b } = await threeCommitments();
    const outcome = { commitmentId: b.id, status: 'not-done' as const };
    await expect(
      completeReview(DAY, { ...EMPTY_ANSWERS, outcomes: [{ ...outcome, obstacle: 'aliens' }] }, RULES),
    ).rejects.toThrow('“aliens” is not an obstacle Flourish knows.');
    await completeReview(
      DAY,
      { ...EMPTY_ANSWERS, outcomes: [{ ...outcome, obstacle: 'custom:Too many priorities' }] },
      RULES,
    );
    expect(outcomeOf(await getReview(DAY), b.id)?.obstacle).toBe('custom:Too many priorities');
  });

  it('skips days without a review and leaves written ones alone', async () => {
    await completeReview('2026-11-20', { ...EMPTY_ANSWERS, wentWell: 'Kept' }, { carryTo: '2026-11-23' });
    await skipReviews(['2026-11-18', '2026-11-19', '2026-11-20']);
    const reviews = await reviewsBetween('2026-11-18', '2026-11-20');
    expect(reviews.map((r) => [r.day, r.skipped ?? false])).toEqual([
      ['2026-11-18', true],
      ['2026-11-19', true],
      ['2026-11-20', false],
    ]);
    expect(reviews[2]?.wentWell).toBe('Kept');
    expect(await finishedReviewDays('2026-11-18')).toEqual(
      new Set(['2026-11-18', '2026-11-19', '2026-11-20']),
    );
  });

  it('remembers the user’s own obstacles once each', async () => {
    await addCustomObstacles(['Too many priorities', 'Travel']);
    await addCustomObstacles(['travel', 'Board prep']);
    expect((await getProfile())?.customObstacles).toEqual(['Too many priorities', 'Travel', 'Board prep']);
  });

  it('carries once even when a draft save dropped the record of the carry (edit: done, then not done again)', async () => {
    const { b } = await threeCommitments();
    const notDone = { commitmentId: b.id, status: 'not-done' as const, decision: 'carry' as const };
    await completeReview(DAY, { ...EMPTY_ANSWERS, outcomes: [notDone] }, RULES);
    await saveReviewDraft(DAY, { ...EMPTY_ANSWERS, outcomes: [{ commitmentId: b.id, status: 'done' }] });
    const again = await completeReview(DAY, { ...EMPTY_ANSWERS, outcomes: [notDone] }, RULES);
    expect(again.carried).toBe(0);
    expect(await commitmentsForDay(NEXT)).toHaveLength(1);
    expect(outcomeOf(again, b.id)?.carriedTo).toBe(NEXT);
  });

  it('skips a day that only has a draft, keeping the draft’s words', async () => {
    await saveReviewDraft('2026-11-19', { ...EMPTY_ANSWERS, wentWell: 'Half written' });
    await skipReviews(['2026-11-19']);
    expect(await finishedReviewDays('2026-11-18')).toContain('2026-11-19');
    expect((await getReview('2026-11-19'))?.wentWell).toBe('Half written');
  });

  it('a skipped day reviewed after all becomes a draft, not a finished review', async () => {
    await skipReviews([DAY]);
    await saveReviewDraft(DAY, { ...EMPTY_ANSWERS, wentWell: 'Actually, it went well' });
    const review = await getReview(DAY);
    expect(review?.skipped).toBeUndefined();
    expect(review?.completedAt).toBeUndefined();
    expect(await finishedReviewDays('2026-11-20')).not.toContain(DAY);
  });
});

describe('carrying a recurring commitment', () => {
  const EVERY_DAY = { kind: 'weekdays' as const, weekdays: [0, 1, 2, 3, 4, 5, 6] };

  /** The rule's commitment on `day`, reviewed as not done and carried to the next day. */
  async function carryRuleInstance(day: string, carryTo: string) {
    await ensureRecurringCommitments(day);
    const [instance] = await commitmentsForDay(day);
    const outcome = {
      commitmentId: instance!.id,
      status: 'not-done' as const,
      obstacle: 'meetings',
      decision: 'carry' as const,
    };
    await completeReview(day, { ...EMPTY_ANSWERS, outcomes: [outcome] }, { carryTo });
    return instance!;
  }

  it.each([
    ['the next day was opened before the review', true],
    ['the next day is opened after the review', false],
  ])('leaves one of it on the next day when %s', async (_case, openedFirst) => {
    const rule = await addRecurrence({ title: 'Plan the week', schedule: EVERY_DAY }, DAY);
    if (openedFirst) await ensureRecurringCommitments(NEXT);
    const original = await carryRuleInstance(DAY, NEXT);
    expect(await ensureRecurringCommitments(NEXT)).toBe(0);

    const next = await commitmentsForDay(NEXT);
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ recurrenceId: rule.id, carriedFrom: original.id, status: 'open' });
    // History is never rewritten: the original keeps its status, the review its obstacle.
    expect((await commitmentsForDay(DAY))[0]).toMatchObject({ id: original.id, status: 'not-done' });
    expect((await getReview(DAY))?.outcomes[0]).toMatchObject({ obstacle: 'meetings', carriedTo: NEXT });
  });

  it('does not multiply over a week of carrying it every day', async () => {
    await addRecurrence({ title: 'Plan the week', schedule: EVERY_DAY }, DAY);
    const days = ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30'];
    for (const [index, day] of days.slice(0, -1).entries()) await carryRuleInstance(day, days[index + 1]!);
    await ensureRecurringCommitments(days.at(-1)!);
    for (const day of days) expect(await commitmentsForDay(day), day).toHaveLength(1);
  });

  it('links once: editing the review again leaves the next day as it is', async () => {
    await addRecurrence({ title: 'Plan the week', schedule: EVERY_DAY }, DAY);
    await ensureRecurringCommitments(NEXT);
    const original = await carryRuleInstance(DAY, NEXT);
    const outcome = { commitmentId: original.id, status: 'not-done' as const, decision: 'carry' as const };
    const again = await completeReview(DAY, { ...EMPTY_ANSWERS, outcomes: [outcome] }, RULES);
    expect(again.carried).toBe(0);
    expect(await commitmentsForDay(NEXT)).toHaveLength(1);
  });

  it('adds a copy beside an instance already dropped on that day, rather than hiding it there', async () => {
    const rule = await addRecurrence({ title: 'Plan the week', schedule: EVERY_DAY }, DAY);
    await ensureRecurringCommitments(NEXT);
    const [instance] = await commitmentsForDay(NEXT);
    await dropCommitment(instance!.id);
    const original = await carryRuleInstance(DAY, NEXT);

    const next = await commitmentsForDay(NEXT);
    expect(next.map((c) => [c.status, c.carriedFrom, c.recurrenceId])).toEqual([
      ['dropped', undefined, rule.id],
      ['open', original.id, undefined],
    ]);
  });

  it('counts a carry once when two days carry into the same open instance, however often it is edited', async () => {
    const later = '2026-11-27';
    await addRecurrence({ title: 'Plan the week', schedule: EVERY_DAY }, DAY);
    await ensureRecurringCommitments(later);
    // Both days reviewed late, both carried to the same later day: one instance stands for both.
    await carryRuleInstance(DAY, later);
    const second = await carryRuleInstance(NEXT, later);
    expect(await commitmentsForDay(later)).toHaveLength(1);

    const outcome = { commitmentId: second.id, status: 'not-done' as const, decision: 'carry' as const };
    const again = await completeReview(NEXT, { ...EMPTY_ANSWERS, outcomes: [outcome] }, { carryTo: later });
    expect(again.carried).toBe(0);
    expect(again.outcomes[0]?.carriedTo).toBe(later);
    expect(await commitmentsForDay(later)).toHaveLength(1);
  });
});

describe('carrying never doubles what the day already holds', () => {
  const TUESDAY = '2026-11-24';
  const WEDNESDAY = '2026-11-25';
  const carry = (id: string) => ({
    commitmentId: id,
    status: 'not-done' as const,
    decision: 'carry' as const,
  });

  it('a late review carries onto the same words typed there again, not beside them', async () => {
    const monday = await addCommitment('2026-11-23', 'Board update');
    // Monday went unreviewed; on Tuesday the leader typed it again, then caught up on Monday.
    const typedAgain = await addCommitment(TUESDAY, 'Board  update ');
    const { carried, outcomes } = await completeReview(
      '2026-11-23',
      { outcomes: [carry(monday.id)] },
      { carryTo: TUESDAY },
    );
    // The words typed there stay the leader's own (that day counts as planned); the review says
    // where Monday's went.
    const tuesday = await commitmentsForDay(TUESDAY);
    expect(tuesday.map((c) => [c.id, c.carriedFrom])).toEqual([[typedAgain.id, undefined]]);
    expect(carried).toBe(1);
    expect(outcomes).toEqual([{ ...carry(monday.id), carriedTo: TUESDAY }]);
  });

  it('keeps two alike that the user typed on one day as two when both are carried', async () => {
    const first = await addCommitment(TUESDAY, 'Call a client');
    const second = await addCommitment(TUESDAY, 'Call a client');
    await completeReview(TUESDAY, { outcomes: [carry(first.id), carry(second.id)] }, { carryTo: WEDNESDAY });
    expect((await commitmentsForDay(WEDNESDAY)).map((c) => c.carriedFrom)).toEqual([first.id, second.id]);
  });

  it.each([
    ['the next day was opened first', true],
    ['the next day is opened after', false],
  ])(
    'an old copy made without its rule is carried onto the rule’s commitment, not beside it, when %s',
    async (_case, openedFirst) => {
      const rule = await addRecurrence({ title: 'Plan the day', schedule: EVERY_DAY_RULE }, '2026-11-23');
      await ensureRecurringCommitments('2026-11-23');
      const [monday] = await commitmentsForDay('2026-11-23');
      await ensureRecurringCommitments(TUESDAY);
      // What an older Flourish left on Tuesday: a copy carried from Monday without the rule's id.
      const old = await addCommitment(TUESDAY, 'Plan the day', { carriedFrom: monday!.id });
      if (openedFirst) await ensureRecurringCommitments(WEDNESDAY);
      await completeReview(TUESDAY, { outcomes: [carry(old.id)] }, { carryTo: WEDNESDAY });
      await ensureRecurringCommitments(WEDNESDAY);
      const wednesday = await commitmentsForDay(WEDNESDAY);
      expect(wednesday).toHaveLength(1);
      expect(wednesday[0]).toMatchObject({ recurrenceId: rule.id, status: 'open' });
    },
  );

  it('a recurring commitment carried to a day whose own one is already done adds nothing', async () => {
    await addRecurrence({ title: 'Plan the day', schedule: EVERY_DAY_RULE }, '2026-11-23');
    await ensureRecurringCommitments(TUESDAY);
    await ensureRecurringCommitments(WEDNESDAY);
    const [wednesdays] = await commitmentsForDay(WEDNESDAY);
    await markCommitmentDone(wednesdays!.id);
    const [tuesdays] = await commitmentsForDay(TUESDAY);
    const { carried } = await completeReview(
      TUESDAY,
      { outcomes: [carry(tuesdays!.id)] },
      { carryTo: WEDNESDAY },
    );
    // Nothing was carried: "1 carried to Wednesday" would not be true.
    expect(carried).toBe(0);
    expect((await commitmentsForDay(WEDNESDAY)).map((c) => [c.id, c.status])).toEqual([
      [wednesdays!.id, 'done'],
    ]);
  });
});
