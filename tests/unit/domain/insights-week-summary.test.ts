import { describe, expect, it } from 'vitest';
import type { Commitment, DailyReview } from '../../../lib/domain/types';
import { countObstacles, weekSummary } from '../../../lib/domain/insights/week-summary';
import { promptText } from '../../../lib/domain/prompt-text';

const commitment = (status: Commitment['status'], day = '2026-11-23'): Commitment => ({
  id: Math.random().toString(36),
  day,
  title: 't',
  status,
  order: 1,
  createdAt: 0,
  updatedAt: 0,
});

const review = (...obstacles: (string | undefined)[]): DailyReview => ({
  day: '2026-11-23',
  outcomes: obstacles.map((obstacle, i) => ({
    commitmentId: String(i),
    status: 'not-done',
    ...(obstacle && { obstacle }),
  })),
  wentWell: '',
  strengthsUsed: [],
  learned: '',
  tomorrowFocus: '',
  updatedAt: 0,
});

describe('the week at a glance', () => {
  it('counts done against everything but dropped, once the days are over', () => {
    const summary = weekSummary(
      [
        commitment('done'),
        commitment('done'),
        commitment('not-done'),
        commitment('open'),
        commitment('dropped'),
      ],
      [],
      '2026-11-27',
    );
    expect(summary).toMatchObject({ done: 2, total: 4, completion: 0.5 });
  });

  it('leaves today’s open commitments out until today is reviewed', () => {
    const week = [commitment('done', '2026-11-26'), commitment('done'), commitment('open', '2026-11-27')];
    expect(weekSummary(week, [], '2026-11-27')).toMatchObject({ done: 2, total: 2, completion: 1 });
    const reviewed = { ...review(), day: '2026-11-27', completedAt: 1 };
    expect(weekSummary(week, [reviewed], '2026-11-27')).toMatchObject({ done: 2, total: 3 });
  });

  it('has no completion for an empty week', () => {
    expect(weekSummary([], [], '2026-11-27').completion).toBeNull();
  });

  it('ranks obstacles by how often they got in the way, ties by name', () => {
    const reviews = [
      review('meetings', 'waiting', undefined),
      review('meetings', 'avoided', 'waiting'),
      review('unclear'),
    ];
    expect(countObstacles(reviews)).toEqual([
      { obstacle: 'meetings', count: 2 },
      { obstacle: 'waiting', count: 2 },
      { obstacle: 'avoided', count: 1 },
      { obstacle: 'unclear', count: 1 },
    ]);
  });

  it.each([
    ['no reviews', [], [], 0],
    ['a missed commitment with no obstacle named', [review(undefined)], [], 1],
    [
      'every obstacle of the week, not only the top three',
      [review('meetings', 'waiting', undefined), review('meetings', 'avoided', 'unclear')],
      [
        { obstacle: 'meetings', count: 2 },
        { obstacle: 'avoided', count: 1 },
        { obstacle: 'unclear', count: 1 },
        { obstacle: 'waiting', count: 1 },
      ],
      6,
    ],
  ])('the obstacle pattern: %s', (_case, reviews: DailyReview[], obstacles, missed) => {
    const summary = weekSummary([], reviews, '2026-11-27');
    expect(summary.obstacles).toEqual(obstacles);
    expect(summary.missed).toBe(missed);
  });
});

describe('prompt wording', () => {
  it.each([
    [
      { kind: 'daily-review', dayName: 'today', done: 3, total: 5 },
      'How did today go?',
      '3 of 5 done. Two minutes to look back and set up tomorrow.',
    ],
    [
      { kind: 'daily-review', dayName: 'Friday', done: 0, total: 0 },
      'How did Friday go?',
      'Two minutes to look back and set up tomorrow.',
    ],
    [
      { kind: 'morning-plan', dayName: 'today', done: 0, total: 0 },
      'What will you commit to today?',
      'Choose the one to five actions that would make today count.',
    ],
    [
      { kind: 'weekly-review', dayName: 'today', done: 12, total: 18 },
      'Time to zoom out on your week',
      'This week: 12 of 18 done. What do you notice? Five minutes for the bird’s eye view.',
    ],
  ] as const)('%j', (facts, title, message) => {
    expect(promptText(facts)).toEqual({ title, message });
  });
});
