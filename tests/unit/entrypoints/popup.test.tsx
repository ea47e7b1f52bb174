import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../entrypoints/popup/App';
import { addCommitment, commitmentsForDay, setCommitmentStatus } from '../../../lib/store/db/commitments';
import { addDaysOff } from '../../../lib/store/db/days-off';
import { addGoal, deleteGoal } from '../../../lib/store/db/goals';
import { saveRanking } from '../../../lib/store/db/strengths';
import { updateSettings } from '../../../lib/store/storage-items';
import { strengthById } from '../../../lib/domain/strengths';

/** The popup's day: the clock is pinned to its noon (only Date: Testing Library's waits need real timers). */
const TODAY = '2026-11-25';
const stored = async () => commitmentsForDay(TODAY);

// No review days: after the review time the popup would open on the review instead of today's list.
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 12, 0));
  await updateSettings({ workdays: [] });
});

afterEach(() => {
  vi.useRealTimers();
});

async function addByKeyboard(title: string) {
  await userEvent.type(await screen.findByLabelText('Commit to an action'), `${title}{Enter}`);
  await screen.findByRole('checkbox', { name: title });
}

/** Opens a row's actions with its ⋯ button and presses one of them. */
async function rowAction(title: string, action: string) {
  await userEvent.click(await screen.findByRole('button', { name: `Actions for “${title}”` }));
  const actions = screen.getByRole('group', { name: `Actions for “${title}”` });
  await userEvent.click(within(actions).getByRole('button', { name: action }));
}

describe('popup', () => {
  it('opens on the review when today’s is waiting, and “Later” goes back to the list', async () => {
    await updateSettings({ workdays: [0, 1, 2, 3, 4, 5, 6], reviewTime: '00:00' });
    await addCommitment(TODAY, 'Board update');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'How did today go?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(
      await screen.findByRole('heading', { name: 'Your review of today is waiting' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Board update' })).toBeInTheDocument();
  });

  it('invites the first commitment on an empty day', async () => {
    render(<App />);
    expect(await screen.findByText(/What is the one action that would make today count/)).toBeInTheDocument();
  });

  it('on a day off asks nothing, and names the days off instead', async () => {
    await addDaysOff({ from: '2026-11-23', to: '2026-11-27', label: 'Winter holiday' });
    render(<App />);
    expect(
      await screen.findByText('Day off — Winter holiday. Nothing is asked of you today.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/What is the one action/)).toBeNull();
  });

  it('adds a commitment when the user types it and presses Enter', async () => {
    render(<App />);
    await addByKeyboard('Write the board update');
    expect(screen.getByRole('checkbox', { name: 'Write the board update' })).not.toBeChecked();
    expect(screen.getByLabelText('Commit to an action')).toHaveValue('');
    expect((await stored()).map((c) => c.title)).toEqual(['Write the board update']);
  });

  it('keeps every commitment typed in quick succession, even while the previous one is saving', async () => {
    render(<App />);
    await userEvent.type(
      await screen.findByLabelText('Commit to an action'),
      'First{Enter}Second{Enter}Third{Enter}',
      {
        delay: null,
      },
    );
    await screen.findByRole('checkbox', { name: 'Third' });
    expect((await stored()).map((c) => c.title)).toEqual(['First', 'Second', 'Third']);
  });

  it('refuses an empty commitment with a message and stores nothing', async () => {
    render(<App />);
    await userEvent.type(await screen.findByLabelText('Commit to an action'), '   {Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('can’t be empty');
    expect(await stored()).toHaveLength(0);
  });

  it('links the new commitment to a goal and a strength, offers an idea, and saves an if-then plan', async () => {
    const goal = await addGoal({ title: 'Manage staff performance' });
    await saveRanking(['honesty', 'hope', 'zest', 'humor', 'kindness']);
    render(<App />);
    await addByKeyboard('Feedback to Sam');

    const panel = await screen.findByRole('region', { name: 'Link “Feedback to Sam” (optional)' });
    await userEvent.selectOptions(within(panel).getByLabelText('Goal'), 'Manage staff performance');
    await within(panel).findByText('Goal linked.');
    await userEvent.selectOptions(within(panel).getByLabelText('Strength'), 'Honesty');
    const idea = await within(panel).findByText(/A new way to use Honesty today/);
    expect(
      strengthById('honesty')!.ideas.some((text) => idea.parentElement!.textContent!.includes(text)),
    ).toBe(true);

    await userEvent.type(within(panel).getByLabelText('When'), 'the stand-up ends');
    await userEvent.type(within(panel).getByLabelText('I will'), 'book 15 minutes with Sam{Enter}');
    await within(panel).findByText('If-then plan saved.');

    const [commitment] = await stored();
    expect(commitment).toMatchObject({
      goalId: goal.id,
      strengthId: 'honesty',
      ifThen: { when: 'the stand-up ends', then: 'book 15 minutes with Sam' },
    });
    expect(
      await screen.findByText('When the stand-up ends, I will book 15 minutes with Sam.'),
    ).toBeInTheDocument();
  });

  it('ticks a commitment done, and unticking undoes it', async () => {
    render(<App />);
    await addByKeyboard('One-to-one with Sam');
    const checkbox = screen.getByRole('checkbox', { name: 'One-to-one with Sam' });

    await userEvent.click(checkbox);
    await expect.poll(async () => (await stored())[0]?.status).toBe('done');
    expect(await screen.findByText('1 of 1 done')).toBeInTheDocument();
    expect(checkbox).toBeChecked();

    await userEvent.click(checkbox);
    await expect.poll(async () => (await stored())[0]?.status).toBe('open');
    expect(checkbox).not.toBeChecked();
  });

  it('drops a commitment with undo', async () => {
    await addCommitment(TODAY, 'Clear the inbox');
    render(<App />);
    await rowAction('Clear the inbox', 'Drop');
    await expect.poll(async () => (await stored())[0]?.status).toBe('dropped');
    await waitFor(() =>
      expect(screen.queryByRole('checkbox', { name: 'Clear the inbox' })).not.toBeInTheDocument(),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await expect.poll(async () => (await stored())[0]?.status).toBe('open');
  });

  it('edits a title in place', async () => {
    await addCommitment(TODAY, 'Draft');
    render(<App />);
    await userEvent.click(await screen.findByText('Draft'));
    const input = screen.getByLabelText('Edit “Draft”');
    await userEvent.clear(input);
    await userEvent.type(input, 'Draft the offsite agenda{Enter}');
    await expect.poll(async () => (await stored())[0]?.title).toBe('Draft the offsite agenda');
  });

  it('shows a deleted goal as removed and keeps the commitment’s text', async () => {
    const goal = await addGoal({ title: 'Old goal' });
    await addCommitment(TODAY, 'Linked work', { goalId: goal.id });
    await deleteGoal(goal.id);
    render(<App />);
    expect(await screen.findByText('Goal removed')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Linked work' })).toBeInTheDocument();
  });

  it('suggests focusing when more than five commitments are open', async () => {
    for (const n of [1, 2, 3, 4, 5, 6]) await addCommitment(TODAY, `Task ${n}`);
    render(<App />);
    expect(await screen.findByText(/6 open commitments/)).toBeInTheDocument();
  });

  it('shows the top five strengths', async () => {
    await saveRanking(['honesty', 'hope', 'zest', 'humor', 'kindness', 'bravery']);
    render(<App />);
    const chips = within(await screen.findByRole('list', { name: 'My top strengths' })).getAllByRole(
      'button',
    );
    expect(chips.map((chip) => chip.textContent)).toEqual(['Honesty', 'Hope', 'Zest', 'Humor', 'Kindness']);
  });

  it('keeps focus in the list after a drop: on the next commitment, or on the add field when none is left', async () => {
    await addCommitment(TODAY, 'First');
    await addCommitment(TODAY, 'Second');
    render(<App />);
    await rowAction('First', 'Drop');
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Second' })).toHaveFocus());
    await rowAction('Second', 'Drop');
    await waitFor(() => expect(screen.getByLabelText('Commit to an action')).toHaveFocus());
  });

  it('after a drop, closing the undo offer returns focus to the next commitment, not the page', async () => {
    await addCommitment(TODAY, 'First');
    await addCommitment(TODAY, 'Second');
    render(<App />);
    await rowAction('First', 'Drop');
    await userEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Second' })).toHaveFocus());
  });

  it('returns focus to the row after an edit is confirmed with Enter', async () => {
    await addCommitment(TODAY, 'Draft');
    render(<App />);
    await userEvent.click(await screen.findByText('Draft'));
    await userEvent.type(screen.getByLabelText('Edit “Draft”'), ' agenda{Enter}');
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Draft agenda' })).toHaveFocus());
  });

  it('saves an if-then plan typed but not saved when the panel is closed with Done', async () => {
    render(<App />);
    await addByKeyboard('Board update');
    await userEvent.type(screen.getByLabelText('When'), 'it is 4 pm');
    await userEvent.type(screen.getByLabelText('I will'), 'write the first page');
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    await expect
      .poll(async () => (await stored())[0]?.ifThen)
      .toEqual({ when: 'it is 4 pm', then: 'write the first page' });
    await waitFor(() => expect(screen.getByLabelText('Commit to an action')).toHaveFocus());
  });

  it('keeps the panel open with a message when Done finds half an if-then plan', async () => {
    render(<App />);
    await addByKeyboard('Board update');
    await userEvent.type(screen.getByLabelText('When'), 'it is 4 pm');
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText(/needs both parts/)).toBeInTheDocument();
    expect(screen.getByLabelText('When')).toHaveValue('it is 4 pm');
    expect((await stored())[0]?.ifThen).toBeUndefined();
  });

  it('shows a commitment the review marked not done as settled: it cannot be ticked and is not open', async () => {
    const missed = await addCommitment(TODAY, 'Call the auditor');
    await addCommitment(TODAY, 'Plan the offsite');
    await setCommitmentStatus(missed.id, 'not-done');
    render(<App />);
    const checkbox = await screen.findByRole('checkbox', { name: 'Call the auditor' });
    expect(checkbox).toHaveAttribute('aria-disabled', 'true');
    expect(checkbox).toHaveAccessibleDescription(/^Not done \(reviewed\)/);
    await userEvent.click(checkbox);
    expect(checkbox).not.toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Actions for “Call the auditor”' }));
    const actions = screen.getByRole('group', { name: 'Actions for “Call the auditor”' });
    expect(within(actions).queryByRole('button', { name: 'Drop' })).not.toBeInTheDocument();
    expect((await stored()).find((c) => c.id === missed.id)?.status).toBe('not-done');
    expect(screen.getByText('0 of 2 done')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Plan the offsite' })).toBeEnabled();
  });

  it('counts only open commitments towards the cue to focus, not those reviewed as not done', async () => {
    const titles = [1, 2, 3, 4, 5, 6].map((n) => `Task ${n}`);
    const added = [];
    for (const title of titles) added.push(await addCommitment(TODAY, title));
    await setCommitmentStatus(added[0]!.id, 'not-done');
    render(<App />);
    await screen.findByRole('checkbox', { name: 'Task 6' });
    expect(screen.queryByText(/open commitments/)).not.toBeInTheDocument();
  });
});
