import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../entrypoints/popup/App';
import { addCommitment, commitmentsForDay } from '../../../lib/store/db/commitments';
import { updateSettings } from '../../../lib/store/storage-items';

const TODAY = '2026-11-25';
const storedFirst = async () => (await commitmentsForDay(TODAY))[0];
/** What the browser does as the popup closes. */
const closePopup = () => act(() => void window.dispatchEvent(new Event('pagehide')));

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 12, 0));
  await updateSettings({ workdays: [] });
  await addCommitment(TODAY, 'Board update');
});

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

async function openPanel() {
  const rendered = render(<App />);
  await userEvent.click(await screen.findByRole('button', { name: 'Actions for “Board update”' }));
  await userEvent.click(screen.getByRole('button', { name: 'Link and plan' }));
  return rendered;
}

describe('popup: what is typed survives the popup closing', () => {
  it('saves a title being edited', async () => {
    render(<App />);
    await userEvent.click(await screen.findByText('Board update'));
    await userEvent.type(screen.getByLabelText('Edit “Board update”'), ' for Q3');
    closePopup();
    await expect.poll(async () => (await storedFirst())?.title).toBe('Board update for Q3');
  });

  it('saves a title the closing popup could not, the next time it opens', async () => {
    const { unmount } = render(<App />);
    await userEvent.click(await screen.findByText('Board update'));
    await userEvent.type(screen.getByLabelText('Edit “Board update”'), ' draft');
    // The popup went away before anything was saved: only the draft is left.
    unmount();
    expect((await storedFirst())?.title).toBe('Board update');
    render(<App />);
    await expect.poll(async () => (await storedFirst())?.title).toBe('Board update draft');
  });

  it('saves a whole if-then plan typed in the panel', async () => {
    await openPanel();
    await userEvent.type(screen.getByLabelText('When'), 'it is 4 pm');
    await userEvent.type(screen.getByLabelText('I will'), 'write the first page');
    closePopup();
    await expect
      .poll(async () => (await storedFirst())?.ifThen)
      .toEqual({ when: 'it is 4 pm', then: 'write the first page' });
  });

  it('keeps half a plan, which cannot be saved, and shows it again when the panel reopens', async () => {
    const { unmount } = await openPanel();
    await userEvent.type(screen.getByLabelText('When'), 'the stand-up ends');
    closePopup();
    expect((await storedFirst())?.ifThen).toBeUndefined();
    unmount();
    render(<App />);
    expect(await screen.findByText('Plan not saved')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Actions for “Board update”' }));
    await userEvent.click(screen.getByRole('button', { name: 'Link and plan' }));
    expect(screen.getByLabelText('When')).toHaveValue('the stand-up ends');
  });
});
