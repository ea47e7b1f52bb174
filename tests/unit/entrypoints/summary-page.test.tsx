import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SummaryPage from '../../../entrypoints/options/summary/SummaryPage';
import { addCommitment } from '../../../lib/store/db/commitments';
import { db } from '../../../lib/store/db/db';
import { addSession } from '../../../lib/store/db/sessions';
import { reviewRow } from '../../support/rows';

describe('the coach summary’s period', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T10:00:00'));
    await addCommitment('2026-11-24', 'Board update');
    render(<SummaryPage />);
    await screen.findByText('Board update', { exact: false });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  // A date field's value changes with every digit typed: typing a year passes through 0002, 0020…
  it.each(['0001-01-01', '0002-11-20', '0202-11-20', ''])(
    'a From date of %j says what to choose and shows no summary, without breaking the page',
    async (typed) => {
      fireEvent.change(screen.getByLabelText('From'), { target: { value: typed } });
      expect(await screen.findByRole('alert')).toHaveTextContent(
        typed === '' ? 'Choose both dates.' : 'Choose dates from 1 January 2000 on.',
      );
      expect(screen.queryByRole('article', { name: 'Summary preview' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Copy as Markdown' })).toBeDisabled();
      expect(screen.getByLabelText('From')).toHaveValue(typed);
    },
  );

  it('a good date again brings the summary of that period back', async () => {
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '0001-01-01' } });
    await screen.findByRole('alert');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-23' } });
    const preview = await screen.findByRole('article', { name: 'Summary preview' });
    expect(preview).toHaveTextContent('Board update');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('never shows the previous period’s rows under the new dates while they load', async () => {
    await addCommitment('2026-11-18', 'Offsite agenda');
    // The page opened on 20 to 26 November; the 18th comes into the period only when From moves.
    expect(screen.queryByText('Offsite agenda', { exact: false })).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-17' } });
    // Before the database answers, no document under “17 Nov” built from rows read from the 20th.
    expect(screen.queryByRole('article', { name: 'Summary preview' })).not.toBeInTheDocument();
    const preview = await screen.findByRole('article', { name: 'Summary preview' });
    expect(preview).toHaveTextContent('Offsite agenda');
    expect(preview).toHaveTextContent('Board update');
  });
});

describe('the coach summary’s defaults', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T10:00:00'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts at the last session, and keeps private reflections out until the leader ticks them in', async () => {
    await addSession({ day: '2026-11-12', nextDay: '2026-11-27' });
    await addCommitment('2026-11-13', 'Offsite agenda');
    await db.reviews.add(
      reviewRow('2026-11-13', { wentWell: 'A private win', tomorrowFocus: 'The offsite' }),
    );
    render(<SummaryPage />);
    const preview = await screen.findByRole('article', { name: 'Summary preview' });
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-12');
    expect(screen.getByText('Starts on the day of your last session, Thu, Nov 12.')).toBeInTheDocument();
    expect(preview).toHaveTextContent('Next focus: The offsite');
    expect(preview).not.toHaveTextContent('A private win');
    fireEvent.click(screen.getByLabelText('Include my reflections (what went well, what I learned)'));
    expect(await screen.findByText('Went well: A private win')).toBeInTheDocument();
  });
});
