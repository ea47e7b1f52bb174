import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../lib/domain/types';
import { escapeMarkdown } from '../../../lib/domain/markdown';
import { buildSummary } from '../../../lib/domain/coach-summary/build';
import { SUMMARY_SECTIONS, type SummaryInput } from '../../../lib/domain/coach-summary/document';
import { summaryMarkdown } from '../../../lib/domain/coach-summary/markdown';
import { periodProblem } from '../../../lib/domain/coach-summary/period';
import { goalRow, reviewRow } from '../../support/rows';

const c = (
  id: string,
  day: string,
  title: string,
  status: Commitment['status'],
  goalId?: string,
): Commitment => ({
  id,
  day,
  title,
  status,
  order: 1,
  createdAt: 0,
  updatedAt: 0,
  ...(goalId && { goalId }),
});

const goal = goalRow('g1', 'Manage staff performance');

const review = reviewRow;

const input: SummaryInput = {
  from: '2026-11-19',
  to: '2026-11-25',
  today: '2026-11-26',
  profile: {
    id: 'me',
    name: 'Alex',
    purpose: 'To build great teams',
    values: ['Candour', 'Care'],
    updatedAt: 0,
  },
  vision: {
    id: 'me',
    statement: 'A calm, strong team',
    looksLike: '',
    feelsLike: 'Unhurried',
    horizons: { now: '', oneYear: '', threeYears: '' },
    updatedAt: 0,
  },
  goals: [goal],
  commitments: [
    c('old', '2026-11-10', 'Outside the period', 'done'),
    c('a', '2026-11-24', 'Board update', 'done', 'g1'),
    c('b', '2026-11-24', 'Feedback to Sam', 'not-done', 'g1'),
    c('d', '2026-11-25', 'Dropped thing', 'dropped'),
  ],
  reviews: [
    review('2026-11-24', {
      outcomes: [
        {
          commitmentId: 'b',
          status: 'not-done',
          obstacle: 'meetings',
          note: 'Back to back',
          carriedTo: '2026-11-25',
        },
      ],
      wentWell: 'Board liked it',
      strengthsUsed: ['perspective'],
      energy: 4,
      stress: 2,
    }),
    review('2026-11-10', { wentWell: 'Too old to include' }),
  ],
  weeklyReviews: [],
  strengths: [],
  includeReflections: true,
};

const all = new Set(SUMMARY_SECTIONS.map((s) => s.id));

describe('the coach summary', () => {
  it('covers the period only, with every section in order', () => {
    const doc = buildSummary(input, all);
    expect(doc.title).toBe('Alex’s coaching summary');
    expect(doc.sections.map((s) => s.heading)).toEqual(SUMMARY_SECTIONS.map((s) => s.label));
    const markdown = summaryMarkdown(doc);
    expect(markdown).toContain('1 of 2 commitments done (50%).');
    expect(markdown).toContain('✓ Board update');
    expect(markdown).toContain('✗ Feedback to Sam — Meetings and interruptions: Back to back (carried to');
    expect(markdown).toContain('Meetings and interruptions: 1 time');
    expect(markdown).toContain('Went well: Board liked it');
    expect(markdown).toContain('Strengths used: Perspective');
    expect(markdown).toContain('Average energy 4.0 of 5; average stress 2.0 of 5.');
    expect(markdown).toContain('Manage staff performance: 1 of 2 linked commitments done');
    expect(markdown).toContain('**Vision:** A calm, strong team');
    expect(markdown).not.toContain('Outside the period');
    expect(markdown).not.toContain('Too old to include');
  });

  it('includes finished weekly reviews only, never a draft', () => {
    const week = (id: string, wins: string, completedAt?: number) => ({
      week: id,
      wins,
      patterns: '',
      nextWeekFocus: '',
      updatedAt: 0,
      ...(completedAt !== undefined && { completedAt }),
    });
    const doc = buildSummary(
      {
        ...input,
        weeklyReviews: [week('2026-W47', 'Finished week', 1), week('2026-W48', 'Half-written draft')],
      },
      new Set(['reflections'] as const),
    );
    const markdown = summaryMarkdown(doc);
    expect(markdown).toContain('Wins: Finished week');
    expect(markdown).not.toContain('Half-written draft');
  });

  it('counts today’s open commitments as still open, not as missed', () => {
    const today = buildSummary(
      {
        ...input,
        today: '2026-11-25',
        commitments: [...input.commitments, c('e', '2026-11-25', 'Open today', 'open', 'g1')],
      },
      new Set(['commitments', 'goals'] as const),
    );
    const markdown = summaryMarkdown(today);
    expect(markdown).toContain('1 of 2 commitments done (50%); 1 still open today.');
    expect(markdown).toContain('Manage staff performance: 1 of 2 linked commitments done');
    expect(markdown).toContain('○ Open today');
  });

  it('leaves out the sections the leader did not choose', () => {
    const doc = buildSummary(input, new Set(['commitments', 'obstacles'] as const));
    const markdown = summaryMarkdown(doc);
    expect(doc.sections.map((s) => s.id)).toEqual(['commitments', 'obstacles']);
    expect(markdown).not.toContain('Board liked it');
    expect(markdown).not.toContain('A calm, strong team');
  });

  it('says so plainly when a period is empty', () => {
    const empty = buildSummary({ ...input, commitments: [], reviews: [] }, all);
    const markdown = summaryMarkdown(empty);
    expect(markdown).toContain('No commitments in this period.');
    expect(markdown).toContain('No obstacles recorded in this period.');
    expect(markdown).toContain('No energy or stress recorded in this period.');
  });

  it.each([
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['<!-- hidden -->', '\\<!-- hidden -->'],
    ['**bold** and _em_', '\\*\\*bold\\*\\* and \\_em\\_'],
    ['5*3*2', '5\\*3\\*2'],
    ['~~struck~~', '\\~\\~struck\\~\\~'],
    ['[click](http://example.com)', '[click\\](http://example.com)'],
    ['![image](x.png)', '![image\\](x.png)'],
    ['[ref]: http://example.com', '[ref\\]: http://example.com'],
    ['[x] not a task box', '\\[x] not a task box'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['* not a list', '\\* not a list'],
    ['1. not a list', '1\\. not a list'],
    ['2) not a list', '2\\) not a list'],
    ['> not a quote', '\\> not a quote'],
    ['---', '\\---'],
    ['~~~', '\\~~~'],
    ['`code`', '\\`code\\`'],
    ['&amp; and &#169;', '\\&amp; and \\&#169;'],
    ['a \\* b', 'a \\\\\\* b'],
    ['2026. A good year', '2026\\. A good year'],
    ['ends with \\', 'ends with \\\\'],
    ['    indented', 'indented'],
    ['line one\n===', 'line one  \n\\==='],
    ['line one\n--', 'line one  \n\\--'],
    ['a | b\n--|--', 'a \\| b  \n--\\|--'],
  ])('writes user text %j inertly in Markdown', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it.each([
    'done (50%)',
    'snake_case_name',
    '2 * 3 = 6',
    'a ** b',
    '<3, and 2 < 3',
    'AT&T',
    'C:\\Users\\me',
    '#hashtag',
    '[sic] as said',
    'one | two',
    'Q3 - revenue',
    'Done! (finally)',
    'Meetings and interruptions: Back to back (carried to Wed 25 Nov)',
  ])('leaves %j as written: Markdown reads it as it is', (text) => {
    expect(escapeMarkdown(text)).toBe(text);
  });
});

describe('the period typed into the summary', () => {
  it.each([
    ['2026-11-19', '2026-11-25', ''],
    ['2026-11-25', '2026-11-25', ''],
    ['2000-01-01', '2026-11-25', ''],
    ['', '2026-11-25', 'Choose both dates.'],
    ['2026-11-19', '', 'Choose both dates.'],
    ['2026-02-30', '2026-11-25', 'Choose both dates.'],
    // Years typed digit by digit pass through these: refused in words, nothing is read.
    ['0001-01-01', '2026-11-25', 'Choose dates from 1 January 2000 on.'],
    ['0202-01-01', '2026-11-25', 'Choose dates from 1 January 2000 on.'],
    ['1999-12-31', '2026-11-25', 'Choose dates from 1 January 2000 on.'],
    ['2026-11-19', '0002-11-25', 'Choose dates from 1 January 2000 on.'],
    ['2026-11-26', '2026-11-25', 'The start date is after the end date.'],
  ])('from %j to %j: %j', (from, to, problem) => {
    expect(periodProblem(from, to)).toBe(problem);
  });
});
