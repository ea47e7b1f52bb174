/** Obstacles become plans: the review's end offers one, and the next morning's popup if it was not made. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../entrypoints/popup/App';
import { DailyReview } from '../../../components/review/DailyReview';
import { addCommitment, commitmentsForDay } from '../../../lib/store/db/commitments';
import { completeReview } from '../../../lib/store/db/reviews';
import { updateSettings } from '../../../lib/store/storage-items';

const MONDAY = '2026-11-23';
const WEDNESDAY = '2026-11-25';
const THURSDAY = '2026-11-26';

/** Monday's review: the inbox not done, meetings in the way. */
async function meetingsOnMonday() {
  const inbox = await addCommitment(MONDAY, 'Clear the inbox');
  await completeReview(
    MONDAY,
    { outcomes: [{ commitmentId: inbox.id, status: 'not-done', obstacle: 'meetings', decision: 'drop' }] },
    { carryTo: '2026-11-24' },
  );
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  localStorage.clear();
  await updateSettings({ weeklyReviewDay: null, workdays: [1, 2, 3, 4, 5] });
  await meetingsOnMonday();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('obstacles become plans', () => {
  it('ends the review with an offer to plan for what meetings stopped again, saved on the carried copy', async () => {
    vi.setSystemTime(new Date('2026-11-25T18:00:00'));
    await addCommitment(WEDNESDAY, 'Write the board update');
    const user = userEvent.setup();
    render(<DailyReview day={WEDNESDAY} isToday />);
    const board = await screen.findByRole('group', { name: 'Write the board update' });
    await user.click(within(board).getByRole('radio', { name: 'Not done' }));
    await user.click(within(board).getByRole('radio', { name: 'Meetings and interruptions' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Finish review' }));

    const offer = await screen.findByRole('region', { name: 'Plan for “Write the board update”' });
    expect(within(offer).getByLabelText('When')).toHaveValue(
      'meetings or interruptions start to crowd out “Write the board update”',
    );
    await user.type(within(offer).getByLabelText('I will'), 'write it at 8 am, before email{Enter}');
    expect(await screen.findByText(/^Plan saved for “Write the board update”\./)).toBeInTheDocument();
    const [copy] = await commitmentsForDay(THURSDAY);
    expect(copy?.ifThen).toEqual({
      when: 'meetings or interruptions start to crowd out “Write the board update”',
      then: 'write it at 8 am, before email',
    });
  });

  it('offers it the next morning in the popup when the review ended without one, and shows the plan in the row', async () => {
    const board = await addCommitment(WEDNESDAY, 'Write the board update');
    await completeReview(
      WEDNESDAY,
      { outcomes: [{ commitmentId: board.id, status: 'not-done', obstacle: 'meetings', decision: 'carry' }] },
      { carryTo: THURSDAY },
    );
    vi.setSystemTime(new Date('2026-11-26T08:30:00'));
    const user = userEvent.setup();
    render(<App />);
    const offer = await screen.findByRole('region', { name: 'Plan for “Write the board update”' });
    await user.click(within(offer).getByRole('button', { name: 'Make a plan' }));
    await user.keyboard('block 8–9 am for it{Enter}');
    expect(
      await screen.findByText(
        'When meetings or interruptions start to crowd out “Write the board update”, I will block 8–9 am for it.',
        { selector: '.commitment .if-then-line' },
      ),
    ).toBeInTheDocument();
    // A screen reader hears the plan with the row, once where it was carried from is read too.
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Write the board update' })).toHaveAccessibleDescription(
        /^carried from Wed · meetings and interruptions When meetings or interruptions start to crowd out “Write the board update”, I will block 8–9 am for it\./,
      ),
    );
  });

  it('does not offer it again that day after “Not now” in the popup', async () => {
    const board = await addCommitment(WEDNESDAY, 'Write the board update');
    await completeReview(
      WEDNESDAY,
      { outcomes: [{ commitmentId: board.id, status: 'not-done', obstacle: 'meetings', decision: 'carry' }] },
      { carryTo: THURSDAY },
    );
    vi.setSystemTime(new Date('2026-11-26T08:30:00'));
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    const offer = await screen.findByRole('region', { name: 'Plan for “Write the board update”' });
    await user.click(within(offer).getByRole('button', { name: 'Not now' }));
    expect(screen.getByLabelText('Commit to an action')).toHaveFocus();
    unmount();
    render(<App />);
    await screen.findByRole('checkbox', { name: 'Write the board update' });
    expect(screen.queryByRole('region', { name: /Plan for/ })).not.toBeInTheDocument();
  });
});
