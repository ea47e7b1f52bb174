/** The coach summary in the language in force: Flourish's words and dates translated, the leader's as typed. */
import { afterEach, describe, expect, it } from 'vitest';
import { buildSummary } from '../../../lib/domain/coach-summary/build';
import { SUMMARY_SECTIONS, type SummaryInput } from '../../../lib/domain/coach-summary/document';
import { summaryMarkdown } from '../../../lib/domain/coach-summary/markdown';
import { setLanguage } from '../../../lib/i18n';
import type { Commitment } from '../../../lib/domain/types';
import { goalRow, reviewRow } from '../../support/rows';

const all = new Set(SUMMARY_SECTIONS.map((s) => s.id));

const commitment = (id: string, status: Commitment['status']): Commitment => ({
  id,
  day: '2026-12-01',
  title: `Interview ${id}`,
  goalId: 'g1',
  status,
  order: 1,
  createdAt: 0,
  updatedAt: 0,
});

const input = (commitments: Commitment[]): SummaryInput => ({
  from: '2026-11-30',
  to: '2026-12-02',
  today: '2026-12-02',
  profile: { id: 'me', name: 'Alex', coachName: 'Jordan', purpose: 'Build teams', values: [], updatedAt: 0 },
  vision: undefined,
  goals: [goalRow('g1', 'Grow the team')],
  commitments,
  reviews: [reviewRow('2026-12-01', { tomorrowFocus: 'Offer letter', energy: 4, stress: 2 })],
  weeklyReviews: [],
  strengths: [],
  includeReflections: false,
});

afterEach(() => setLanguage('en'));

describe('the coach summary in another language', () => {
  it('comes out in German: headings, sentences and dates, the leader’s words as typed', () => {
    setLanguage('de', 'de-DE');
    const markdown = summaryMarkdown(buildSummary(input([commitment('a', 'done')]), all));
    expect(markdown).toContain('# Zusammenfassung von Alex für Jordan');
    expect(markdown).toContain('_Mo., 30. Nov. bis Mi., 2. Dez._');
    expect(markdown).toContain('## Vorhaben und Ergebnisse');
    expect(markdown).toContain('1 von 1 Vorhaben erledigt (100\u00a0%).');
    expect(markdown).toContain('**Di., 1. Dez.**');
    expect(markdown).toContain('- Nächster Fokus: Offer letter');
    expect(markdown).toContain('Energie im Schnitt 4,0 von 5; Stress im Schnitt 2,0 von 5.');
    expect(markdown).toContain('- Grow the team: 1 von 1 verknüpften Vorhaben erledigt');
    expect(markdown).toContain('**Sinn:** Build teams');
    expect(markdown).not.toMatch(/commitments|Average|Next focus/);
  });

  it('dates a one-day period in German as Intl does, and says when it holds nothing', () => {
    setLanguage('de', 'de-DE');
    const markdown = summaryMarkdown(
      buildSummary({ ...input([]), from: '2026-12-01', to: '2026-12-01' }, new Set(['commitments'] as const)),
    );
    expect(markdown).toContain('_Di., 1. Dez. bis Di., 1. Dez._');
    expect(markdown).toContain('Keine Vorhaben in diesem Zeitraum.');
  });

  it.each([
    [0, '0 engagement lié tenu sur 1'],
    [1, '1 engagement lié tenu sur 1'],
  ])('in French, %i done of one linked commitment takes the singular', (done, words) => {
    setLanguage('fr', 'fr-FR');
    const markdown = summaryMarkdown(
      buildSummary(input([commitment('a', done ? 'done' : 'not-done')]), new Set(['goals'] as const)),
    );
    expect(markdown).toContain(`- Grow the team : ${words}`);
  });

  it('in French, two linked commitments take the plural', () => {
    setLanguage('fr', 'fr-FR');
    const markdown = summaryMarkdown(
      buildSummary(input([commitment('a', 'done'), commitment('b', 'done')]), new Set(['goals'] as const)),
    );
    expect(markdown).toContain('- Grow the team : 2 engagements liés tenus sur 2');
  });
});
