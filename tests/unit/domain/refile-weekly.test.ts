import { describe, expect, it } from 'vitest';
import { refileEarlyWeekReviews } from '../../../lib/domain/zoom-out-week';

const review = (week: string, written: string, wins = 'Wins') => ({
  week,
  wins,
  patterns: '',
  nextWeekFocus: '',
  completedAt: Date.parse(written),
  updatedAt: Date.parse(written),
});

describe('weekly reviews an older Flourish filed under the week they were written in', () => {
  it.each([
    ['Monday', '2026-11-23T18:00:00Z', 'UTC', '2026-W47'],
    ['Tuesday', '2026-11-24T18:00:00Z', 'UTC', '2026-W47'],
    ['Wednesday', '2026-11-25T18:00:00Z', 'UTC', '2026-W47'],
    ['Thursday', '2026-11-26T18:00:00Z', 'UTC', '2026-W48'],
    ['Sunday', '2026-11-29T18:00:00Z', 'UTC', '2026-W48'],
    // 02:00 on Monday in London is still Sunday evening in New York: written in the week it is about.
    ['Sunday evening in New York', '2026-11-23T02:00:00Z', 'America/New_York', '2026-W48'],
    ['Monday morning in Tokyo', '2026-11-22T23:30:00Z', 'Asia/Tokyo', '2026-W47'],
  ])('written on %s, is filed under %s', (_day, written, zone, week) => {
    const { put, remove } = refileEarlyWeekReviews([review('2026-W48', written)], zone);
    const after = put.length > 0 ? put.map((r) => r.week) : ['2026-W48'];
    expect(after).toEqual([week]);
    expect(remove).toEqual(week === '2026-W48' ? [] : ['2026-W48']);
  });

  it('leaves a review written after its week, as the current version files them', () => {
    expect(refileEarlyWeekReviews([review('2026-W47', '2026-11-23T18:00:00Z')], 'UTC')).toEqual({
      put: [],
      remove: [],
    });
  });

  it('leaves a review written on a Monday after the rule shipped: the current version filed it', () => {
    expect(refileEarlyWeekReviews([review('2026-W50', '2026-12-07T18:00:00Z')], 'UTC')).toEqual({
      put: [],
      remove: [],
    });
  });

  it('joins a review into the week it describes, keeping both texts, when they fit a review', () => {
    const { put, remove } = refileEarlyWeekReviews(
      [
        review('2026-W47', '2026-11-20T18:00:00Z', 'Offsite'),
        review('2026-W48', '2026-11-23T18:00:00Z', 'Hires'),
      ],
      'UTC',
    );
    expect(put.map((r) => [r.week, r.wins])).toEqual([['2026-W47', 'Offsite\n\nHires']]);
    expect(remove).toEqual(['2026-W48']);
  });

  it('leaves a review where it is when joined it would not fit a review', () => {
    const long = (letter: string) => letter.repeat(1500);
    const result = refileEarlyWeekReviews(
      [
        review('2026-W47', '2026-11-20T18:00:00Z', long('a')),
        review('2026-W48', '2026-11-23T18:00:00Z', long('b')),
      ],
      'UTC',
    );
    expect(result).toEqual({ put: [], remove: [] });
  });
});
