import { describe, expect, it } from 'vitest';
import { db } from '../../../lib/store/db/db';
import { finishedReviewKeys, reviewsBetween } from '../../../lib/store/db/reviews';
import { reviewStreak, streakRunStart } from '../../../lib/domain/insights/streak';
import { weekdaysFrom } from '../../support/calendar';
import { reviewRow } from '../../support/rows';

/** Monday to Friday: the settings' workdays, as the rule reads them. */
const WEEKDAYS = { workdays: [1, 2, 3, 4, 5] };
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
    // Every weekday from Monday 24 November 2014 to yesterday: 3,132 of them.
    const workdays = weekdaysFrom('2014-11-24', '2026-11-24');
    expect(workdays).toHaveLength(3132);
    await db.reviews.bulkAdd(workdays.map((d) => review(d, d === '2016-02-29' ? { skipped: true } : {})));
    const start = streakRunStart(new Set(await finishedReviewKeys()), TODAY, WEEKDAYS);
    expect(start).toBe('2014-11-24');
    const streak = reviewStreak(await reviewsBetween(start!, TODAY), TODAY, WEEKDAYS);
    // The weekdays after Monday 29 February 2016, the day skipped, up to yesterday.
    expect(streak).toBe(2801);
  });
});
