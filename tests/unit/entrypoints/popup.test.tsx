import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../../entrypoints/popup/App';
import { today } from '../../../lib/clock';
import { commitmentsForDay } from '../../../lib/db/commitments';

describe('popup', () => {
  it('adds a commitment when the user types it and presses Enter', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Commit to an action'), 'Write the board update{Enter}');

    expect(await screen.findByRole('checkbox', { name: 'Write the board update' })).not.toBeChecked();
    expect(screen.getByLabelText('Commit to an action')).toHaveValue('');
    const stored = await commitmentsForDay(today());
    expect(stored.map((c) => c.title)).toEqual(['Write the board update']);
  });

  it('refuses an empty commitment with a message and stores nothing', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Commit to an action'), '   {Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('can’t be empty');
    expect(await commitmentsForDay(today())).toHaveLength(0);
  });

  it('ticks a commitment done, and unticking undoes it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Commit to an action'), 'One-to-one with Sam{Enter}');
    const checkbox = await screen.findByRole('checkbox', { name: 'One-to-one with Sam' });

    await user.click(checkbox);
    await expect.poll(async () => (await commitmentsForDay(today()))[0]?.status).toBe('done');
    expect(await screen.findByText('1 of 1 done', { exact: false })).toBeInTheDocument();
    expect(checkbox).toBeChecked();

    await user.click(checkbox);
    await expect.poll(async () => (await commitmentsForDay(today()))[0]?.status).toBe('open');
    expect(checkbox).not.toBeChecked();
  });
});
