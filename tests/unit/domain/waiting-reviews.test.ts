import { describe, expect, it } from 'vitest';
import { pendingReviewDays, splitPending } from '../../../lib/domain/waiting-reviews';

const settings = { reviewTime: '17:30', workdays: [1, 2, 3, 4, 5] };
const NY = 'America/New_York';

describe('reviews waiting', () => {
  it('counts today only once its review time has passed', () => {
    const input = { settings, timeZone: NY, reviewedDays: new Set<string>(), firstDay: '2026-11-25' };
    expect(pendingReviewDays({ ...input, now: Date.parse('2026-11-25T22:00:00Z') })).toEqual([]);
    expect(pendingReviewDays({ ...input, now: Date.parse('2026-11-25T22:31:00Z') })).toEqual(['2026-11-25']);
  });

  it('lists unreviewed workdays since the install day, newest first, skipping weekends and reviewed days', () => {
    const pending = pendingReviewDays({
      settings,
      timeZone: NY,
      now: Date.parse('2026-11-30T14:00:00Z'), // Monday morning
      reviewedDays: new Set(['2026-11-25']),
      firstDay: '2026-11-23',
    });
    expect(pending).toEqual(['2026-11-27', '2026-11-26', '2026-11-24', '2026-11-23']);
  });

  it('a review written after midnight counts for its own day', () => {
    const pending = pendingReviewDays({
      settings,
      timeZone: NY,
      now: Date.parse('2026-11-26T05:30:00Z'), // 00:30 on Thursday
      reviewedDays: new Set(['2026-11-25']),
      firstDay: '2026-11-20',
    });
    expect(pending).not.toContain('2026-11-25');
    expect(pending).not.toContain('2026-11-26');
  });

  it('with no install day known, nothing before today waits', () => {
    const pending = pendingReviewDays({
      settings,
      timeZone: NY,
      now: Date.parse('2026-11-25T23:00:00Z'),
      reviewedDays: new Set(),
      firstDay: null,
    });
    expect(pending).toEqual(['2026-11-25']);
  });

  it('looks back two weeks at most', () => {
    const pending = pendingReviewDays({
      settings,
      timeZone: NY,
      now: Date.parse('2026-11-25T14:00:00Z'),
      reviewedDays: new Set(),
      firstDay: '2026-01-01',
    });
    expect(pending.at(-1)).toBe('2026-11-11');
  });

  it('offers the last three days one by one and anything older together', () => {
    expect(
      splitPending(['2026-11-25', '2026-11-24', '2026-11-22', '2026-11-21', '2026-11-18'], '2026-11-25'),
    ).toEqual({
      recent: ['2026-11-25', '2026-11-24', '2026-11-22'],
      older: ['2026-11-21', '2026-11-18'],
    });
  });
});

describe('a review asked for early', () => {
  it('waits from the moment its prompt was shown, even before the review time', () => {
    const pending = pendingReviewDays({
      settings,
      timeZone: NY,
      now: Date.parse('2026-11-25T22:00:00Z'), // 17:00, before 17:30
      reviewedDays: new Set(),
      firstDay: '2026-11-25',
      promptedThrough: '2026-11-25',
    });
    expect(pending).toEqual(['2026-11-25']);
  });
});
