import { describe, expect, it } from 'vitest';
import { dayRange, isOneOfWeekdays } from '../../../lib/days';
import { db } from '../../../lib/db/db';
import { finishedReviewKeys, reviewsBetween } from '../../../lib/db/reviews';
import { reviewStreak, streakRunStart } from '../../../lib/insights/streak';
import { reviewRow } from '../../support/rows';

const WEEKDAYS = [1, 2, 3, 4, 5];
const TODAY = '2026-11-25';

const review = reviewRow;

describe('the review streak, read from the database as Insights reads it', () => {
  it('finds the days with a finished review, written or skipped, from keys alone (drafts are not finished)', async () => {
    await db.reviews.bulkAdd([
      review('2026-11-24'),
      review('2026-11-20', { skipped: true }),
      review('2026-11-25', { completedAt: undefined }),
    ]);
    expect(await finishedReviewKeys()).toEqual(['2026-11-20', '2026-11-24']);
  });

  it('counts twelve years back, past the year the page once read, to a day skipped long ago', async () => {
    const workdays = dayRange('2014-11-24', '2026-11-24').filter((d) => isOneOfWeekdays(d, WEEKDAYS));
    await db.reviews.bulkAdd(workdays.map((d) => review(d, d === '2016-02-29' ? { skipped: true } : {})));
    const start = streakRunStart(new Set(await finishedReviewKeys()), TODAY, WEEKDAYS);
    expect(start).toBe('2014-11-24');
    const streak = reviewStreak(await reviewsBetween(start!, TODAY), TODAY, WEEKDAYS);
    expect(streak).toBe(workdays.filter((d) => d > '2016-02-29').length);
    expect(streak).toBeGreaterThan(2500);
  });
});
