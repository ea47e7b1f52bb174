import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WeeklyReview } from '../../../components/review/WeeklyReview';
import { addGoal, setGoalStatus } from '../../../lib/store/db/goals';
import { getWeeklyReview, rateGoalForWeek } from '../../../lib/store/db/weekly-reviews';

const WEEK = '2026-W48'; // Monday 23 to Sunday 29 November 2026

/** The radio group of one goal in the zoom-out. */
const goalGroup = async (title: string) => within(await screen.findByRole('group', { name: title }));

describe('rating each goal in the weekly zoom-out', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T18:00:00')); // the Friday of that week
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('offers each active goal, not the archived ones, with the five ratings in words', async () => {
    await addGoal({ title: 'Board trusts the plan', successMeasure: 'Plan approved in December' });
    const hire = await addGoal({ title: 'Hire a COO' });
    await setGoalStatus(hire.id, 'archived');
    render(<WeeklyReview week={WEEK} />);
    const board = await goalGroup('Board trusts the plan');
    expect(board.getAllByRole('radio').map((radio) => radio.closest('label')!.textContent)).toEqual([
      '−2 Much less than expected',
      '−1 Somewhat less than expected',
      '0 As expected',
      '+1 Somewhat more than expected',
      '+2 Much more than expected',
    ]);
    expect(board.getByText('Expected: Plan approved in December')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Hire a COO' })).toBeNull();
  });

  it('is rated by keyboard alone and saved at once', async () => {
    const user = userEvent.setup();
    const goal = await addGoal({ title: 'Board trusts the plan' });
    render(<WeeklyReview week={WEEK} />);
    const board = await goalGroup('Board trusts the plan');
    // Into the group, then along it with the arrow keys: each move chooses.
    board.getByRole('radio', { name: '−2 Much less than expected' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(board.getByRole('radio', { name: '+1 Somewhat more than expected' })).toBeChecked();
    await waitFor(async () =>
      expect((await getWeeklyReview(WEEK))?.goalRatings).toEqual([{ goalId: goal.id, rating: 1 }]),
    );
  });

  it('clears a rating, and the keyboard stays in the goal’s group', async () => {
    const user = userEvent.setup();
    const goal = await addGoal({ title: 'Board trusts the plan' });
    await rateGoalForWeek(WEEK, goal.id, 2);
    render(<WeeklyReview week={WEEK} />);
    const board = await goalGroup('Board trusts the plan');
    await waitFor(() =>
      expect(board.getByRole('radio', { name: '+2 Much more than expected' })).toBeChecked(),
    );
    await user.click(board.getByRole('button', { name: 'Clear rating of Board trusts the plan' }));
    await waitFor(async () => expect((await getWeeklyReview(WEEK))?.goalRatings).toEqual([]));
    expect(board.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
    expect(board.getByRole('radio', { name: '−2 Much less than expected' })).toHaveFocus();
    expect(board.queryByRole('button', { name: /Clear rating/ })).toBeNull();
  });

  it('follows a rating saved in another page', async () => {
    const goal = await addGoal({ title: 'Board trusts the plan' });
    render(<WeeklyReview week={WEEK} />);
    const board = await goalGroup('Board trusts the plan');
    await rateGoalForWeek(WEEK, goal.id, -1);
    await waitFor(() =>
      expect(board.getByRole('radio', { name: '−1 Somewhat less than expected' })).toBeChecked(),
    );
    await rateGoalForWeek(WEEK, goal.id, null);
    await waitFor(() =>
      expect(board.getByRole('radio', { name: '−1 Somewhat less than expected' })).not.toBeChecked(),
    );
  });

  it('keeps the words typed in the zoom-out when a goal is rated', async () => {
    const user = userEvent.setup();
    await addGoal({ title: 'Board trusts the plan' });
    render(<WeeklyReview week={WEEK} />);
    await user.type(await screen.findByLabelText('Wins'), 'Calm board meeting');
    const board = await goalGroup('Board trusts the plan');
    await user.click(board.getByRole('radio', { name: '0 As expected' }));
    await waitFor(async () =>
      expect(await getWeeklyReview(WEEK)).toMatchObject({
        wins: 'Calm board meeting',
        goalRatings: [expect.objectContaining({ rating: 0 })],
      }),
    );
    expect(screen.getByLabelText('Wins')).toHaveValue('Calm board meeting');
  });
});
