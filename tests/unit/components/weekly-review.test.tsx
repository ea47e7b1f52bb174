import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDraft, writeDraft } from '../../../components/drafts';
import { readFieldDrafts } from '../../../components/field-drafts';
import { WeeklyReview } from '../../../components/review/WeeklyReview';
import { getWeeklyReview } from '../../../lib/store/db/weekly-reviews';
import { db } from '../../../lib/store/db/db';
import { addDaysOff } from '../../../lib/store/db/days-off';
import { saveVision } from '../../../lib/store/db/vision';
import { reviewRow } from '../../support/rows';

const WEEK = '2026-W48'; // Monday 23 to Sunday 29 November 2026
const DRAFT = `weekly.${WEEK}`;

describe('the weekly zoom-out', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T18:00:00')); // the Friday of that week
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the last words typed when the page closes at once', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<WeeklyReview week={WEEK} />);
    await user.type(await screen.findByLabelText('Wins'), 'Board update landed');
    // Kept synchronously first, in case the page goes before the database answers.
    expect(readFieldDrafts(DRAFT).map(({ field, value }) => [field, value])).toEqual([
      ['wins', 'Board update landed'],
    ]);
    unmount();
    await vi.waitFor(async () => expect((await getWeeklyReview(WEEK))?.wins).toBe('Board update landed'));
    expect((await getWeeklyReview(WEEK))?.completedAt).toBeUndefined();
  });

  it('saves when the page is hidden, without waiting for typing to stop', async () => {
    const user = userEvent.setup();
    render(<WeeklyReview week={WEEK} />);
    await user.type(await screen.findByLabelText('What I notice'), 'Mornings work');
    act(() => {
      fireEvent(window, new Event('pagehide'));
    });
    await vi.waitFor(async () => expect((await getWeeklyReview(WEEK))?.patterns).toBe('Mornings work'));
  });

  it('saves the words an older Flourish’s page, closed too fast, left as one draft, on the next visit', async () => {
    writeDraft(DRAFT, JSON.stringify({ wins: 'Hired Priya', patterns: '', nextWeekFocus: 'Board' }));
    render(<WeeklyReview week={WEEK} />);
    await vi.waitFor(() => expect(screen.getByLabelText('Wins')).toHaveValue('Hired Priya'));
    await vi.waitFor(async () =>
      expect(await getWeeklyReview(WEEK)).toMatchObject({ wins: 'Hired Priya', nextWeekFocus: 'Board' }),
    );
    await vi.waitFor(() => expect(readDraft(DRAFT)).toBeNull());
  });

  it('ignores a draft it cannot read', async () => {
    writeDraft(DRAFT, '{not json');
    render(<WeeklyReview week={WEEK} />);
    expect(await screen.findByLabelText('Wins')).toHaveValue('');
  });

  it('finishes with what was just typed', async () => {
    const user = userEvent.setup();
    render(<WeeklyReview week={WEEK} />);
    await user.type(await screen.findByLabelText('Wins'), 'Calm board meeting');
    await user.click(screen.getByRole('button', { name: 'Save weekly review' }));
    await screen.findByText('Weekly review saved.');
    const saved = await getWeeklyReview(WEEK);
    expect(saved).toMatchObject({ wins: 'Calm board meeting' });
    expect(saved?.completedAt).toBeGreaterThan(0);
  });

  it.each([
    ['on its own Friday', '2026-11-27T18:00:00', 'Next week’s focus'],
    ['on the Monday after', '2026-11-30T18:00:00', 'This week’s focus'],
  ])('asks for the focus of the week to come %s', async (_case, now, label) => {
    vi.setSystemTime(new Date(now));
    render(<WeeklyReview week={WEEK} />);
    expect(await screen.findByLabelText(label)).toBeInTheDocument();
  });

  it('links to the vision and the goals when there are none yet, the words inside each link', async () => {
    render(<WeeklyReview week={WEEK} />);
    // By text, not by role: a role query over the whole zoom-out is slow on a loaded machine.
    expect((await screen.findByText('Write it')).closest('a')).toHaveAttribute(
      'href',
      'options.html#/vision',
    );
    expect(screen.getByText('Set goals').closest('a')).toHaveAttribute('href', 'options.html#/goals');
  });

  it('shows the week from above, in order: vision, goals, numbers, day by day, then the writing', async () => {
    await saveVision({
      statement: 'A company that runs without me',
      horizons: { oneYear: 'A COO in place' },
    });
    const outcome = (obstacle?: string) => ({
      commitmentId: Math.random().toString(36).slice(2),
      status: 'not-done' as const,
      ...(obstacle && { obstacle }),
    });
    await db.reviews.bulkPut([
      reviewRow('2026-11-23', {
        energy: 4,
        stress: 2,
        wentWell: 'Board update landed',
        outcomes: [outcome('meetings'), outcome('meetings'), outcome()],
      }),
      reviewRow('2026-11-24', { skipped: true }),
      reviewRow('2026-11-25', { stress: 5, outcomes: [outcome('waiting')] }),
    ]);
    await addDaysOff({ from: '2026-11-26', to: '2026-11-26', label: 'Thanksgiving' });
    render(<WeeklyReview week={WEEK} />);
    await screen.findByText('A company that runs without me');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Your vision',
      'Your goals this week',
      'The week in numbers',
      'Day by day',
      'Zoom out',
    ]);
    expect(screen.getByText('A COO in place')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Meetings and interruptions: stopped 2 commitments',
      'Waiting on others: stopped 1 commitment',
      'No obstacle named: 1',
    ]);
    const table = screen.getByRole('table', { name: /Energy and stress, day by day/ });
    expect(
      [...table.querySelectorAll('tbody tr')].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Mon, Nov 23', '4 · Good', '2 · Mild'],
      ['Tue, Nov 24', 'Review skipped'],
      ['Wed, Nov 25', 'Not recorded', '5 · Overwhelmed'],
      ['Thu, Nov 26', 'Day off · Thanksgiving'],
      ['Fri, Nov 27', 'No review'],
      ['Sat, Nov 28', 'Still to come'],
      ['Sun, Nov 29', 'Still to come'],
    ]);
    expect(screen.getByText('Read the notes of 1 day')).toBeInTheDocument();
    expect(screen.getByText('Board update landed')).toBeInTheDocument();
  });
});
