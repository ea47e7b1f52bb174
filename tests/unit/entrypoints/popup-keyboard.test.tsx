import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../entrypoints/popup/App';
import { addCommitment, commitmentsForDay } from '../../../lib/store/db/commitments';
import { updateSettings } from '../../../lib/store/storage-items';

/** The popup's day: the clock is pinned to its noon (only Date: Testing Library's waits need real timers). */
const TODAY = '2026-11-25';
const TITLES = ['Draft the board update', 'Give Sam feedback', 'Prepare the offsite agenda'];
const storedTitles = async () => (await commitmentsForDay(TODAY)).map((c) => c.title);
const storedStatus = async (title: string) =>
  (await commitmentsForDay(TODAY)).find((c) => c.title === title)?.status;
const row = (title: string) => screen.getByRole('checkbox', { name: title });

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 12, 0));
  await updateSettings({ workdays: [] });
  for (const title of TITLES) await addCommitment(TODAY, title);
});

afterEach(() => {
  vi.useRealTimers();
});

/** Renders the popup and puts focus on the first row by Tab from the add field. */
async function focusList() {
  render(<App />);
  const field = await screen.findByLabelText('Commit to an action');
  await screen.findByRole('checkbox', { name: TITLES[2] });
  field.focus();
  await userEvent.tab();
  expect(row(TITLES[0]!)).toHaveFocus();
}

describe('popup list by keyboard', () => {
  it('is one Tab stop: Tab from the add field enters at a row, and the next Tab leaves the list', async () => {
    await focusList();
    const list = screen.getByRole('list', { name: 'Today’s commitments' });
    const stops = [...list.querySelectorAll<HTMLElement>('input, button')].filter((e) => e.tabIndex >= 0);
    expect(stops).toEqual([row(TITLES[0]!)]);
    await userEvent.tab();
    expect(list).not.toContainElement(document.activeElement as HTMLElement);
  });

  it('moves between rows with the arrow keys, Home and End, and Tab comes back to the last row visited', async () => {
    await focusList();
    await userEvent.keyboard('{ArrowDown}');
    expect(row(TITLES[1]!)).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(row(TITLES[2]!)).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(row(TITLES[1]!)).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(row(TITLES[0]!)).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    await userEvent.tab({ shift: true });
    expect(row(TITLES[1]!)).toHaveFocus();
    expect(row(TITLES[1]!)).toHaveAttribute('tabindex', '0');
    expect(row(TITLES[0]!)).toHaveAttribute('tabindex', '-1');
  });

  it('moves the focused row with Alt and an arrow, keeps focus on it, and announces it', async () => {
    await focusList();
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await expect.poll(storedTitles).toEqual([TITLES[1], TITLES[0], TITLES[2]]);
    await waitFor(() => expect(row(TITLES[0]!)).toHaveFocus());
    expect(screen.getByText('Draft the board update moved to position 2 of 3.')).toBeInTheDocument();
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await expect.poll(storedTitles).toEqual([TITLES[1], TITLES[2], TITLES[0]]);
    await waitFor(() => expect(row(TITLES[0]!)).toHaveFocus());
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await expect.poll(storedTitles).toEqual([TITLES[1], TITLES[0], TITLES[2]]);
  });

  it('ticks and unticks the focused row with Space', async () => {
    await focusList();
    await userEvent.keyboard(' ');
    await expect.poll(() => storedStatus(TITLES[0]!)).toBe('done');
    await userEvent.keyboard(' ');
    await expect.poll(() => storedStatus(TITLES[0]!)).toBe('open');
  });

  it('edits the title with Enter, saves with Enter, and Escape puts the title back', async () => {
    await focusList();
    await userEvent.keyboard('{Enter}');
    const input = screen.getByLabelText(`Edit “${TITLES[0]}”`);
    expect(input).toHaveFocus();
    await userEvent.keyboard(' for Q3{Enter}');
    await expect.poll(storedTitles).toEqual([`${TITLES[0]} for Q3`, TITLES[1], TITLES[2]]);
    await waitFor(() => expect(row(`${TITLES[0]} for Q3`)).toHaveFocus());

    await userEvent.keyboard('{Enter}x{Escape}');
    await waitFor(() => expect(row(`${TITLES[0]} for Q3`)).toHaveFocus());
    expect(await storedTitles()).toEqual([`${TITLES[0]} for Q3`, TITLES[1], TITLES[2]]);
  });

  it('drops the focused row with Delete, moves focus to the next, and Undo brings it back', async () => {
    await focusList();
    await userEvent.keyboard('{Delete}');
    await expect.poll(() => storedStatus(TITLES[0]!)).toBe('dropped');
    await waitFor(() => expect(row(TITLES[1]!)).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await expect.poll(() => storedStatus(TITLES[0]!)).toBe('open');
    expect(await screen.findByRole('checkbox', { name: TITLES[0] })).toBeInTheDocument();
  });

  it('opens the links panel with L and closes it with Escape, back on the row', async () => {
    await focusList();
    await userEvent.keyboard('l');
    const panel = screen.getByRole('region', { name: 'Links and plan' });
    await userEvent.tab();
    expect(within(panel).getByLabelText('Goal')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Links and plan' })).not.toBeInTheDocument(),
    );
    await waitFor(() => expect(row(TITLES[0]!)).toHaveFocus());
  });

  it('reaches the other actions with →, and Escape closes them back on the row', async () => {
    await focusList();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: `Actions for “${TITLES[0]}”` })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const actions = screen.getByRole('group', { name: `Actions for “${TITLES[0]}”` });
    expect(within(actions).getByRole('button', { name: 'Edit' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(within(actions).getByRole('button', { name: 'Move down' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('group')).not.toBeInTheDocument());
    expect(row(TITLES[0]!)).toHaveFocus();
  });

  it('closes the actions after a move made from them, focus going with the moved row', async () => {
    await focusList();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    const actions = screen.getByRole('group', { name: `Actions for “${TITLES[0]}”` });
    await userEvent.click(within(actions).getByRole('button', { name: 'Move down' }));
    await expect.poll(storedTitles).toEqual([TITLES[1], TITLES[0], TITLES[2]]);
    await waitFor(() => expect(row(TITLES[0]!)).toHaveFocus());
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });

  it('opens the links panel from the actions with focus on the row, not lost to the page', async () => {
    await focusList();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    const actions = screen.getByRole('group', { name: `Actions for “${TITLES[0]}”` });
    await userEvent.click(within(actions).getByRole('button', { name: 'Link and plan' }));
    await screen.findByRole('region', { name: 'Links and plan' });
    expect(row(TITLES[0]!)).toHaveFocus();
  });
});
