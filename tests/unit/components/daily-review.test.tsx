import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DailyReview } from '../../../components/review/DailyReview';
import { addCommitment, commitmentsForDay, markCommitmentDone } from '../../../lib/store/db/commitments';
import { getProfile } from '../../../lib/store/db/profile';
import { getReview } from '../../../lib/store/db/reviews';
import { updateSettings } from '../../../lib/store/storage-items';

const DAY = '2026-11-25'; // a Wednesday: the next workday is Thursday 26

async function seed() {
  await updateSettings({ weeklyReviewDay: null });
  const a = await addCommitment(DAY, 'Board update');
  await addCommitment(DAY, 'Feedback to Sam');
  await addCommitment(DAY, 'Clear the inbox');
  await markCommitmentDone(a.id);
}

/** Opens the review, marks both open commitments not done, and gives Sam's "Other" in the user's words. */
async function missedWithOwnWords() {
  await seed();
  const user = userEvent.setup();
  render(<DailyReview day={DAY} isToday />);
  for (const name of ['Feedback to Sam', 'Clear the inbox']) {
    const group = await screen.findByRole('group', { name });
    await user.click(within(group).getByRole('radio', { name: 'Not done' }));
  }
  const sam = screen.getByRole('group', { name: 'Feedback to Sam' });
  await user.click(within(sam).getByRole('radio', { name: 'Other…' }));
  await user.type(within(sam).getByLabelText('In your words'), 'Board prep ran over');
  return { user, sam };
}

describe('the daily review', () => {
  // Reviewed on the evening of its own day: carrying goes to the next workday, never into the past.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T18:00:00'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes no more than ten interactions for three commitments, and carries what was not done', async () => {
    await seed();
    const user = userEvent.setup();
    let interactions = 0;
    const click = async (element: HTMLElement) => {
      interactions += 1;
      await user.click(element);
    };
    render(<DailyReview day={DAY} isToday />);

    // The ticked one is already marked done; the other two were not done.
    const sam = await screen.findByRole('group', { name: 'Feedback to Sam' });
    await click(within(sam).getByRole('radio', { name: 'Not done' }));
    await click(within(sam).getByRole('radio', { name: 'Meetings and interruptions' }));
    const inbox = screen.getByRole('group', { name: 'Clear the inbox' });
    await click(within(inbox).getByRole('radio', { name: 'Not done' }));
    await click(within(inbox).getByRole('radio', { name: 'Low energy' }));
    await click(within(inbox).getByRole('radio', { name: 'Drop it' }));
    await click(screen.getByRole('button', { name: 'Continue' }));

    await click(
      within(await screen.findByRole('group', { name: 'Energy today' })).getByRole('radio', { name: /4/ }),
    );
    await click(
      within(screen.getByRole('group', { name: 'Stress today' })).getByRole('radio', { name: /2/ }),
    );
    await click(screen.getByRole('button', { name: 'Finish review' }));

    expect(await screen.findByText(/1 of 3 done\. 1 carried to/)).toBeInTheDocument();
    expect(interactions).toBeLessThanOrEqual(10);

    const review = await getReview(DAY);
    expect(review).toMatchObject({ energy: 4, stress: 2 });
    expect(review?.completedAt).toBeGreaterThan(0);
    expect((await commitmentsForDay('2026-11-26')).map((c) => c.title)).toEqual(['Feedback to Sam']);
  });

  it('counts its steps: 1 of 2, then 2 of 2; a day without commitments is 1 of 1', async () => {
    const { unmount } = render(<DailyReview day={DAY} isToday />);
    expect(await screen.findByText('Step 1 of 1')).toBeInTheDocument();
    unmount();
    await addCommitment(DAY, 'Write the board update');
    render(<DailyReview day={DAY} isToday />);
    expect(await screen.findByText('Step 1 of 2')).toBeInTheDocument();
  });

  it('asks for every commitment to be marked before moving on', async () => {
    await seed();
    const user = userEvent.setup();
    render(<DailyReview day={DAY} isToday />);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Mark each commitment done or not done: “Feedback to Sam”, “Clear the inbox”.',
    );
  });

  it('turns "Other" with the user’s words into an obstacle offered next time', async () => {
    const { user } = await missedWithOwnWords();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Finish review' }));
    await screen.findByText('Review saved');
    expect((await getProfile())?.customObstacles).toEqual(['Board prep ran over']);
    expect((await getReview(DAY))?.outcomes.find((o) => o.obstacle?.startsWith('custom:'))?.obstacle).toBe(
      'custom:Board prep ran over',
    );
  });

  it.each([
    ['another obstacle is chosen', 'Low energy'],
    ['the commitment is marked done after all', 'Done'],
  ])('lets the words typed for "Other" go when %s', async (_case, choice) => {
    const { user, sam } = await missedWithOwnWords();
    await user.click(within(sam).getByRole('radio', { name: choice }));
    if (choice !== 'Done') {
      // Back on "Other", the field starts empty: the words went with the choice.
      await user.click(within(sam).getByRole('radio', { name: 'Other…' }));
      expect(within(sam).getByLabelText('In your words')).toHaveValue('');
      await user.click(within(sam).getByRole('radio', { name: choice }));
    }
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Finish review' }));
    await screen.findByText('Review saved');
    expect((await getProfile())?.customObstacles ?? []).toEqual([]);
    expect((await getReview(DAY))?.outcomes.some((o) => o.obstacle?.startsWith('custom:'))).toBe(false);
  });
});
