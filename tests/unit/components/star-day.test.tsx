import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StarDay } from '../../../components/review/StarDay';
import { db } from '../../../lib/store/db/db';
import { getReview } from '../../../lib/store/db/reviews';
import { reviewRow } from '../../support/rows';

describe('starring a reviewed day', () => {
  it('stars and unstars the day with one press each, keeping what the review says', async () => {
    await db.reviews.add(reviewRow('2026-12-01', { wentWell: 'Sam said yes' }));
    render(<StarDay day="2026-12-01" />);
    const button = await screen.findByRole('button', { name: 'Bring this day to my coach' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'true'));
    expect(await getReview('2026-12-01')).toMatchObject({ starred: true, wentWell: 'Sam said yes' });
    fireEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'false'));
    expect((await getReview('2026-12-01'))?.starred).toBe(false);
  });
});
