import { describe, expect, it } from 'vitest';
import {
  finishedWeeks,
  getWeeklyReview,
  saveWeeklyReview,
  weeklyReviewsBetween,
} from '../../../../lib/store/db/weekly-reviews';

const answers = {
  wins: 'Board update landed',
  patterns: 'Meetings eat afternoons',
  nextWeekFocus: 'Two focus mornings',
};

describe('weekly reviews', () => {
  it('saves a draft that is not finished, then finishes it', async () => {
    await saveWeeklyReview('2026-W48', answers, false);
    expect((await getWeeklyReview('2026-W48'))?.completedAt).toBeUndefined();
    expect(await finishedWeeks('2026-W40')).toEqual(new Set());
    await saveWeeklyReview('2026-W48', { ...answers, wins: 'Edited' }, true);
    expect(await getWeeklyReview('2026-W48')).toMatchObject({ wins: 'Edited', week: '2026-W48' });
    expect(await finishedWeeks('2026-W40')).toEqual(new Set(['2026-W48']));
  });

  it('keeps the first finishing time when edited later', async () => {
    await saveWeeklyReview('2026-W48', answers, true);
    const first = (await getWeeklyReview('2026-W48'))!.completedAt;
    await saveWeeklyReview('2026-W48', { ...answers, patterns: 'Later thought' }, false);
    expect((await getWeeklyReview('2026-W48'))!.completedAt).toBe(first);
  });

  it('refuses a week that does not exist and a text over 2,000 characters', async () => {
    await expect(saveWeeklyReview('2027-W53', answers, true)).rejects.toThrow('2027-W53 is not a week.');
    await expect(saveWeeklyReview('2026-W48', { ...answers, wins: 'x'.repeat(2001) }, true)).rejects.toThrow(
      'limit is 2000',
    );
    expect(await getWeeklyReview('2026-W48')).toBeUndefined();
  });

  it('lists the weeks of a range, across a year end with a week 53', async () => {
    for (const week of ['2026-W52', '2026-W53', '2027-W01', '2027-W02'])
      await saveWeeklyReview(week, answers, true);
    expect((await weeklyReviewsBetween('2026-W53', '2027-W01')).map((w) => w.week)).toEqual([
      '2026-W53',
      '2027-W01',
    ]);
  });
});
