import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReviewTimeEditor } from '../../../entrypoints/options/foundation/ReviewTimeEditor';
import { SetupDone } from '../../../entrypoints/options/setup/SetupDone';
import { getSettings, updateSettings } from '../../../lib/store/storage-items';

beforeEach(() => localStorage.clear());

/** The background worker, as far as the page can tell: it answers a test prompt with `reply`. */
function workerAnswers(reply: object) {
  fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
    sendResponse(reply);
    return true;
  });
}
afterEach(() => vi.useRealTimers());

describe('setup’s review-time step', () => {
  it('takes “6 pm” as 18:00', async () => {
    render(<ReviewTimeEditor />);
    const time = await screen.findByLabelText('End-of-day review time');
    await userEvent.clear(time);
    await userEvent.type(time, '6 pm');
    await userEvent.tab();
    await waitFor(async () => expect((await getSettings()).reviewTime).toBe('18:00'));
    expect(time).toHaveValue('6:00 PM');
  });

  it('names what is wrong with “25:00” and keeps the time as it was', async () => {
    render(<ReviewTimeEditor />);
    const time = await screen.findByLabelText('End-of-day review time');
    await userEvent.clear(time);
    await userEvent.type(time, '25:00');
    await userEvent.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('hours go from 0 to 23');
    expect((await getSettings()).reviewTime).toBe('17:30');
  });

  it('sets the workdays, as Settings does', async () => {
    render(<ReviewTimeEditor />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Saturday' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Friday' }));
    await waitFor(async () => expect((await getSettings()).workdays).toEqual([1, 2, 3, 4, 6]));
  });

  it('says the sample notification is on its way when the worker showed it', async () => {
    workerAnswers({ shown: true });
    render(<ReviewTimeEditor />);
    await userEvent.click(await screen.findByRole('button', { name: 'Send a test notification' }));
    expect(await screen.findByText(/A sample notification is on its way/)).toBeInTheDocument();
  });

  it('says plainly that notifications are turned off when the browser refuses them', async () => {
    workerAnswers({ shown: false, refused: true });
    render(<ReviewTimeEditor />);
    await userEvent.click(await screen.findByRole('button', { name: 'Send a test notification' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Notifications are turned off for Flourish, so its prompts cannot reach you. Allow notifications for Flourish in the browser’s settings (and for the browser in your system’s), then try again. Until then, the toolbar badge and the new tab show when a review is waiting.',
    );
  });
});

describe('the end of setup says when the first prompt really comes', () => {
  // The test browser is American (en-US): the time reads as its clock does, 5:30 PM for 17:30.
  it.each([
    ['Wednesday 14:00, before the review time', new Date(2026, 10, 25, 14, 0), 'this evening at 5:30 PM'],
    ['Wednesday 18:00, after it', new Date(2026, 10, 25, 18, 0), 'tomorrow at 5:30 PM'],
    ['Friday 19:00, with Saturday and Sunday off', new Date(2026, 10, 27, 19, 0), 'on Monday at 5:30 PM'],
  ])('%s: %s', async (_case, now, expected) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    render(<SetupDone />);
    expect(await screen.findByText(expected)).toBeInTheDocument();
  });

  it('says none will come when prompts are off', async () => {
    await updateSettings({ promptsEnabled: false });
    render(<SetupDone />);
    expect(await screen.findByText(/No end-of-day prompt will come: prompts are off/)).toBeInTheDocument();
  });
});
