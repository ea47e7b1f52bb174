import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../entrypoints/popup/App';
import { db } from '../../../lib/store/db/db';
import { updateSettings } from '../../../lib/store/storage-items';

// No review days: after the review time the popup would open on the review instead of today's list.
beforeEach(async () => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 12, 0));
  await updateSettings({ workdays: [] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a question for the coach from the popup', () => {
  it('opens a one-line field from “Ask your coach”, notes the question, and Escape closes it', async () => {
    const user = userEvent.setup();
    render(<App />);
    const ask = await screen.findByRole('button', { name: 'Ask your coach' });
    expect(ask).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByLabelText('Question for your coach')).toBeNull();
    await user.click(ask);
    const field = screen.getByLabelText('Question for your coach');
    expect(field).toHaveFocus();
    await user.type(field, 'How do I hand over the board update?{Enter}');
    expect(await screen.findByText('Noted for your next session.')).toBeInTheDocument();
    await vi.waitFor(async () =>
      expect(await db.questions.toArray()).toEqual([
        expect.objectContaining({ text: 'How do I hand over the board update?' }),
      ]),
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Question for your coach')).toBeNull();
    expect(ask).toHaveFocus();
  });

  it('refuses an empty question with a message and notes nothing', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Ask your coach' }));
    await user.type(screen.getByLabelText('Question for your coach'), '   {Enter}');
    expect(await screen.findByText('A question can’t be empty.')).toBeInTheDocument();
    expect(await db.questions.count()).toBe(0);
  });

  it('keeps a question typed and not sent: the popup reopens with it', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Ask your coach' }));
    await user.type(screen.getByLabelText('Question for your coach'), 'What do I stop doing?');
    unmount();

    render(<App />);
    expect(await screen.findByLabelText('Question for your coach')).toHaveValue('What do I stop doing?');
    expect(screen.getByRole('button', { name: 'Ask your coach' })).toHaveAttribute('aria-expanded', 'true');
    expect(await db.questions.count()).toBe(0);
  });
});
