import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DailyReview } from '../../../components/review/DailyReview';
import { addCommitment, markCommitmentDone } from '../../../lib/store/db/commitments';
import { getReview, saveReviewDraft } from '../../../lib/store/db/reviews';
import { updateSettings } from '../../../lib/store/storage-items';

const DAY = '2026-11-25'; // a Wednesday: the next workday is Thursday 26

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T18:00:00'));
  localStorage.clear();
  await updateSettings({ weeklyReviewDay: null });
});
afterEach(() => vi.useRealTimers());

/** Two commitments linked to Zest and Hope, and one linked to nothing; all three done. */
async function seedLinkedDay() {
  const links = [{ strengthId: 'zest' }, { strengthId: 'hope' }, {}];
  for (const [index, title] of ['Board update', 'Feedback to Sam', 'Clear the inbox'].entries()) {
    await markCommitmentDone((await addCommitment(DAY, title, links[index])).id);
  }
}

async function openReflection() {
  const user = userEvent.setup();
  render(<DailyReview day={DAY} isToday />);
  await user.click(await screen.findByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { name: 'Reflect' });
  const strengths = screen.getByRole('group', { name: 'Strengths I used today' });
  return { user, strengths, ticked: (name: string) => within(strengths).getByRole('checkbox', { name }) };
}

describe('strengths I used, at the start of a review', () => {
  it('start ticked with the strengths linked to the day’s commitments', async () => {
    await seedLinkedDay();
    const { ticked } = await openReflection();
    expect(ticked('Zest')).toBeChecked();
    expect(ticked('Hope')).toBeChecked();
    expect(ticked('Humor')).not.toBeChecked();
  });

  it('are the leader’s once a draft holds them, even with none ticked', async () => {
    await seedLinkedDay();
    await saveReviewDraft(DAY, { strengthsUsed: [] });
    const { ticked } = await openReflection();
    expect(ticked('Zest')).not.toBeChecked();
    expect(ticked('Hope')).not.toBeChecked();
  });

  it('show what another place ticked, and nothing more', async () => {
    await seedLinkedDay();
    await saveReviewDraft(DAY, { strengthsUsed: ['humor'] });
    const { ticked } = await openReflection();
    expect(ticked('Humor')).toBeChecked();
    expect(ticked('Zest')).not.toBeChecked();
  });

  it('once unticked here, stay unticked as saved', async () => {
    await seedLinkedDay();
    const { user, ticked } = await openReflection();
    await user.click(ticked('Zest'));
    await waitFor(async () => expect((await getReview(DAY))?.strengthsUsed).toEqual(['hope']));
  });
});

describe('the finished review', () => {
  it('recaps what was done, what was carried where, and tomorrow’s focus', async () => {
    const done = await addCommitment(DAY, 'Board update');
    await markCommitmentDone(done.id);
    await addCommitment(DAY, 'Feedback to Sam');
    const user = userEvent.setup();
    render(<DailyReview day={DAY} isToday />);
    const sam = await screen.findByRole('group', { name: 'Feedback to Sam' });
    await user.click(within(sam).getByRole('radio', { name: 'Not done' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Tomorrow’s focus'), 'Two focus mornings');
    await user.click(screen.getByRole('button', { name: 'Finish review' }));

    await screen.findByRole('heading', { name: 'Review saved' });
    const recap = screen.getAllByRole('definition')[0]!.closest('dl')!;
    expect(
      [...recap.querySelectorAll('div')].map((group) => [...group.children].map((item) => item.textContent)),
    ).toEqual([
      ['Done', 'Board update'],
      // The day in the browser's language: "Thu 26 Nov" or "Thu, Nov 26".
      ['Carried', expect.stringMatching(/^Feedback to Sam → Thu,? (26 Nov|Nov 26)$/)],
      ['Tomorrow’s focus', 'Two focus mornings'],
    ]);
  });
});
