import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../components/UndoProvider';
import { GoalsEditor } from '../../../entrypoints/options/foundation/GoalsEditor';
import { activeGoals, addGoal, goalsInOrder } from '../../../lib/store/db/goals';

beforeEach(() => localStorage.clear());

/** A button's name: happy-dom puts a space before the visually hidden “: goal” that browsers do not. */
const button = (action: string, goal: string) =>
  screen.getByRole('button', { name: new RegExp(`^${action} ?: ${goal}$`) });

async function renderEditor(titles: string[]) {
  for (const title of titles) await addGoal({ title });
  render(
    <UndoProvider>
      <GoalsEditor />
    </UndoProvider>,
  );
  await screen.findAllByText('Why it matters');
}

describe('goals editor', () => {
  it('names every card’s fields after its goal, so screen-reader users can tell the cards apart', async () => {
    await renderEditor(['Manage staff performance', 'Meet productivity metrics']);
    for (const title of ['Manage staff performance', 'Meet productivity metrics']) {
      expect(screen.getByLabelText(`Goal: ${title}`)).toHaveValue(title);
      expect(screen.getByLabelText(`Why it matters: ${title}`)).toBeInTheDocument();
      expect(screen.getByLabelText(`How I’ll know I’ve succeeded: ${title}`)).toBeInTheDocument();
    }
    expect(screen.getAllByText('Why it matters')).toHaveLength(2);
  });

  it('after Mark achieved, focus moves to the next goal’s button, then to the list heading', async () => {
    const user = userEvent.setup();
    await renderEditor(['First', 'Second']);
    await user.click(button('Mark achieved', 'First'));
    await vi.waitFor(() => expect(activeGoals()).resolves.toHaveLength(1));
    expect(button('Mark achieved', 'Second')).toHaveFocus();

    await user.click(button('Mark achieved', 'Second'));
    await vi.waitFor(() => expect(activeGoals()).resolves.toHaveLength(0));
    expect(screen.getByRole('heading', { name: 'Active goals' })).toHaveFocus();
  });

  it('after Delete, focus moves to the next goal’s Delete button', async () => {
    const user = userEvent.setup();
    await renderEditor(['First', 'Second', 'Third']);
    await user.click(button('Delete', 'Second'));
    await vi.waitFor(() => expect(goalsInOrder()).resolves.toHaveLength(2));
    expect(button('Delete', 'Third')).toHaveFocus();
  });
});

describe('goals editor in setup', () => {
  async function renderForSetup(titles: string[]) {
    for (const title of titles) await addGoal({ title });
    render(
      <UndoProvider>
        <GoalsEditor forSetup />
      </UndoProvider>,
    );
    await screen.findAllByText('Why it matters');
  }

  it('shows each goal’s title and why it matters, with Remove, and nothing of achieving or archiving', async () => {
    await renderForSetup(['Manage staff performance']);
    expect(screen.getByLabelText('Goal: Manage staff performance')).toHaveValue('Manage staff performance');
    expect(screen.getByLabelText('Why it matters: Manage staff performance')).toBeInTheDocument();
    expect(button('Remove', 'Manage staff performance')).toBeInTheDocument();
    expect(screen.queryByText('How I’ll know I’ve succeeded')).toBeNull();
    expect(screen.queryByRole('button', { name: /Mark achieved|Archive|Delete/ })).toBeNull();
  });

  it('removes a goal, with undo', async () => {
    const user = userEvent.setup();
    await renderForSetup(['First', 'Second']);
    await user.click(button('Remove', 'First'));
    await vi.waitFor(async () => expect((await goalsInOrder()).map((g) => g.title)).toEqual(['Second']));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await vi.waitFor(async () =>
      expect((await goalsInOrder()).map((g) => g.title)).toEqual(['First', 'Second']),
    );
  });
});
