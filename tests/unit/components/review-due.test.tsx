import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReviewDue } from '../../../components/ReviewDue';
import { getReview } from '../../../lib/store/db/reviews';

const TODAY = '2026-11-25';
// Today and two days before are recent; the 18th and 17th are older than three days.
const PENDING = ['2026-11-25', '2026-11-24', '2026-11-18', '2026-11-17'];

describe('the review-due banner', () => {
  it('offers the recent days one by one and the older ones as one choice', () => {
    render(
      <ReviewDue pending={PENDING} today={TODAY} open={(day) => ({ href: `review.html?day=${day}` })} />,
    );
    expect(screen.getByRole('heading', { name: 'Your review of today is waiting' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Review now' })).toHaveAttribute(
      'href',
      'review.html?day=2026-11-25',
    );
    expect(screen.getByText(/2 earlier days were not reviewed/)).toBeInTheDocument();
  });

  it('skips the older days and tells the worker, which clears their prompts', async () => {
    const told = vi.fn();
    fakeBrowser.runtime.onMessage.addListener(told);
    render(
      <ReviewDue pending={PENDING} today={TODAY} open={(day) => ({ href: `review.html?day=${day}` })} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Skip them' }));
    await vi.waitFor(() =>
      expect(told).toHaveBeenCalledWith({ type: 'reschedule' }, expect.anything(), expect.anything()),
    );
    expect((await getReview('2026-11-18'))?.skipped).toBe(true);
    expect((await getReview('2026-11-17'))?.skipped).toBe(true);
    expect(await getReview('2026-11-24')).toBeUndefined();
  });
});
