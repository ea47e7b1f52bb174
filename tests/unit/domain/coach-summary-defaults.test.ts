import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../lib/domain/coach-summary/build';
import {
  SUMMARY_SECTIONS,
  summaryTitle,
  type SummaryInput,
} from '../../../lib/domain/coach-summary/document';
import { summaryMarkdown } from '../../../lib/domain/coach-summary/markdown';
import { goalRow, reviewRow } from '../../support/rows';

const all = new Set(SUMMARY_SECTIONS.map((s) => s.id));

/** A small period: one goal, two commitments, one review with reflections, a ranking and a vision. */
const input: SummaryInput = {
  from: '2026-11-30',
  to: '2026-12-02',
  today: '2026-12-02',
  profile: {
    id: 'me',
    name: 'Alex',
    coachName: 'Jordan',
    purpose: 'Build teams',
    values: ['Care'],
    updatedAt: 0,
  },
  vision: {
    id: 'me',
    statement: 'A calm team',
    looksLike: '',
    feelsLike: '',
    horizons: { now: 'Hire two leads', oneYear: '', threeYears: 'A team that runs without me' },
    updatedAt: 0,
  },
  goals: [goalRow('g1', 'Grow the team')],
  commitments: [
    {
      id: 'a',
      day: '2026-12-01',
      title: 'Interview',
      goalId: 'g1',
      status: 'done',
      order: 1,
      createdAt: 0,
      updatedAt: 0,
    },
  ],
  reviews: [
    reviewRow('2026-12-01', {
      wentWell: 'A private win',
      learned: 'A private lesson',
      tomorrowFocus: 'Offer letter',
      energy: 4,
      stress: 2,
    }),
  ],
  weeklyReviews: [],
  strengths: [
    { id: 'kindness', rank: 2, note: '', updatedAt: 0 },
    { id: 'curiosity', rank: 1, note: 'Ask one more question', updatedAt: 0 },
  ],
  includeReflections: false,
};

describe('the coach summary by default', () => {
  it('is written for the coach by name, keeps private reflections out, names strengths and horizons', () => {
    expect(summaryMarkdown(buildSummary(input, all))).toBe(
      [
        '# Alex’s summary for Jordan',
        '',
        '_Mon, Nov 30 to Wed, Dec 2_',
        '',
        '## Commitments and outcomes',
        '',
        '1 of 1 commitments done (100%).',
        '',
        '**Tue, Dec 1**',
        '',
        '- ✓ Interview',
        '',
        '## What got in the way',
        '',
        'No obstacles recorded in this period.',
        '',
        '## Reflections',
        '',
        '**Tue, Dec 1**',
        '',
        '- Next focus: Offer letter',
        '',
        '## Energy and stress',
        '',
        'Average energy 4.0 of 5; average stress 2.0 of 5.',
        '',
        '- Tue, Dec 1: energy 4, stress 2',
        '',
        '## Goals',
        '',
        '- Grow the team: 1 of 1 linked commitments done',
        '',
        '## Vision',
        '',
        '**Purpose:** Build teams',
        '',
        '**Values:** Care',
        '',
        '**Vision:** A calm team',
        '',
        '**Now:** Hire two leads',
        '',
        '**In three years:** A team that runs without me',
        '',
        '## Signature strengths',
        '',
        '- Curiosity: Ask one more question',
        '- Kindness',
        '',
      ].join('\n'),
    );
  });

  it('includes what went well and what was learned once the leader ticks “Include my reflections”', () => {
    const markdown = summaryMarkdown(
      buildSummary({ ...input, includeReflections: true }, new Set(['reflections'] as const)),
    );
    expect(markdown).toContain(
      '- Went well: A private win\n- Learned: A private lesson\n- Next focus: Offer letter',
    );
  });

  it.each([
    ['both names', 'Alex', 'Jordan', 'Alex’s summary for Jordan'],
    ['the leader’s name only', 'Alex', undefined, 'Alex’s coaching summary'],
    ['the coach’s name only', '', 'Jordan', 'Coaching summary for Jordan'],
    ['names of spaces only', '  ', ' ', 'Coaching summary'],
    ['no names', '', undefined, 'Coaching summary'],
  ])('is titled for %s', (_case, name, coachName, title) => {
    expect(summaryTitle({ name, ...(coachName !== undefined && { coachName }) })).toBe(title);
  });
});
