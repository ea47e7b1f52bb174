import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { carriedLabels } from '../../../lib/store/db/carry';
import {
  addCommitment,
  commitToIdea,
  commitmentsForDay,
  dropCommitment,
  markCommitmentDone,
  removeAddedCommitment,
} from '../../../lib/store/db/commitments';
import { EMPTY_ANSWERS, completeReview, saveReviewDraft } from '../../../lib/store/db/reviews';
import { saveRanking } from '../../../lib/store/db/strengths';
import { saveWeeklyReview } from '../../../lib/store/db/weekly-reviews';
import { loadReviewFocus } from '../../../lib/store/review-focus';
import { loadSnapshot } from '../../../lib/store/snapshot-source';

// Tuesday 24 November 2026 is reviewed in the evening; Wednesday 25 is the next morning.
const TUESDAY = '2026-11-24';
const WEDNESDAY = '2026-11-25';
const ZONE = 'Europe/London';
const MON_FRI = { workdays: [1, 2, 3, 4, 5], reviewTime: '17:30' };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2026-11-24T18:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

/** Tuesday reviewed: the hiring brief not done, waiting on others, carried to Wednesday; a focus set. */
async function reviewTuesday() {
  const brief = await addCommitment(TUESDAY, 'Send Priya the hiring brief');
  await completeReview(
    TUESDAY,
    {
      ...EMPTY_ANSWERS,
      outcomes: [{ commitmentId: brief.id, status: 'not-done', obstacle: 'waiting', decision: 'carry' }],
      tomorrowFocus: 'Decide the hiring plan before lunch.\nThen call Marco.',
    },
    { carryTo: WEDNESDAY },
  );
  vi.setSystemTime(Date.parse('2026-11-25T08:00:00Z'));
  return brief;
}

describe('what Tuesday’s review says on Wednesday morning', () => {
  it('labels the carried commitment with its day and what got in the way', async () => {
    await reviewTuesday();
    const wednesday = await commitmentsForDay(WEDNESDAY);
    expect([...(await carriedLabels(wednesday, 'en-GB')).values()]).toEqual([
      'carried from Tue · waiting on others',
    ]);
  });

  it('has no labels for commitments that were not carried', async () => {
    const typed = await addCommitment(WEDNESDAY, 'Write the board update');
    expect(await carriedLabels([typed])).toEqual(new Map());
  });

  it('shows the focus written for Wednesday, as written, and last week’s zoom-out’s for this week', async () => {
    await reviewTuesday();
    // Saved on the Friday of the week it looks back on (2026-W47), its "next week" is this one.
    await saveWeeklyReview('2026-W47', { nextWeekFocus: 'Two thinking mornings' }, true);
    expect(await loadReviewFocus(WEDNESDAY, ZONE, MON_FRI)).toEqual({
      day: { text: 'Decide the hiring plan before lunch.\nThen call Marco.', from: TUESDAY, for: WEDNESDAY },
      week: 'Two thinking mornings',
    });
  });

  it('shows no focus from a review still in draft, nor from a zoom-out not saved', async () => {
    await saveReviewDraft(TUESDAY, { tomorrowFocus: 'Half a thought' });
    await saveWeeklyReview('2026-W47', { nextWeekFocus: 'Not yet saved' }, false);
    expect(await loadReviewFocus(WEDNESDAY, ZONE, MON_FRI)).toEqual({ day: null, week: null });
  });

  it('puts the focus, the carried label and the strength of the day’s id in the new tab’s snapshot', async () => {
    await reviewTuesday();
    await saveRanking(['hope', 'zest', 'humor', 'kindness', 'bravery']);
    const context = { settings: MON_FRI, firstDay: TUESDAY, timeZone: ZONE, now: Date.now() };
    const snapshot = await loadSnapshot(context, 'inTurn');
    expect(snapshot.focus).toEqual({
      day: { text: 'Decide the hiring plan before lunch.\nThen call Marco.', from: TUESDAY, for: WEDNESDAY },
      week: null,
    });
    expect(snapshot.commitments).toMatchObject([
      {
        title: 'Send Priya the hiring brief',
        status: 'open',
        carried: 'carried from Tue · waiting on others',
      },
    ]);
    // Day 20,782 of the rotation: the third signature strength, its first idea.
    expect(snapshot.spotlight).toEqual({
      id: 'humor',
      name: 'Humor',
      idea: 'Lighten a tense moment with a kind joke at your own expense.',
    });
  });
});

describe('making the strength of the day’s idea a commitment', () => {
  const IDEA = 'Lighten a tense moment with a kind joke at your own expense.';

  it('adds it at the end of the day’s list, linked to the strength, and only once', async () => {
    await addCommitment(WEDNESDAY, 'Write the board update');
    const first = await commitToIdea(WEDNESDAY, 'humor', IDEA);
    const again = await commitToIdea(WEDNESDAY, 'humor', IDEA);
    expect([first.added, again.added]).toEqual([true, false]);
    expect(again.commitment.id).toBe(first.commitment.id);
    expect((await commitmentsForDay(WEDNESDAY)).map((c) => [c.title, c.strengthId, c.order])).toEqual([
      ['Write the board update', undefined, 1],
      [IDEA, 'humor', 2],
    ]);
  });

  it('finds the same words typed by the leader, and adds it again once the one there was dropped', async () => {
    const typed = await addCommitment(
      WEDNESDAY,
      '  lighten a tense moment with a kind joke at your own expense. ',
    );
    expect(await commitToIdea(WEDNESDAY, 'humor', IDEA)).toMatchObject({
      added: false,
      commitment: { id: typed.id },
    });
    await dropCommitment(typed.id);
    expect((await commitToIdea(WEDNESDAY, 'humor', IDEA)).added).toBe(true);
  });

  it('refuses an idea too long for a commitment, as any title', async () => {
    await expect(commitToIdea(WEDNESDAY, 'humor', 'x'.repeat(201))).rejects.toThrow('the limit is 200');
  });

  it('is taken back by Undo while still open, and kept once it was ticked', async () => {
    const { commitment } = await commitToIdea(WEDNESDAY, 'humor', IDEA);
    await removeAddedCommitment(commitment.id);
    expect(await commitmentsForDay(WEDNESDAY)).toEqual([]);

    const ticked = (await commitToIdea(WEDNESDAY, 'humor', IDEA)).commitment;
    await markCommitmentDone(ticked.id);
    await expect(removeAddedCommitment(ticked.id)).rejects.toThrow('has changed since it was added');
    expect((await commitmentsForDay(WEDNESDAY)).map((c) => c.status)).toEqual(['done']);
  });
});
