import { afterEach, describe, expect, it } from 'vitest';
import { ideaOnList, spotlightFor } from '../../../lib/domain/spotlight';
import { setLanguage } from '../../../lib/i18n';
import { strengthById, type Strength } from '../../../lib/domain/strengths';
import { daysFrom } from '../../support/calendar';

const top = ['perspective', 'leadership', 'honesty', 'hope', 'zest'].map((id) =>
  strengthById(id)!,
) as Strength[];

describe('strength spotlight', () => {
  it('rotates through the top five, one a day', () => {
    const days = daysFrom('2026-11-23', '2026-12-02');
    const names = days.map((day) => spotlightFor(day, top)!.strength.id);
    for (let i = 5; i < names.length; i++) expect(names[i]).toBe(names[i - 5]);
    expect(new Set(names.slice(0, 5)).size).toBe(5);
  });

  it('brings a different idea the next time the same strength comes round', () => {
    const first = spotlightFor('2026-11-25', top)!;
    const next = spotlightFor('2026-11-30', top)!;
    expect(next.strength).toBe(first.strength);
    expect(next.idea).not.toBe(first.idea);
    expect(first.strength.ideas).toContain(first.idea);
  });

  it('has nothing to show without a ranking', () => {
    expect(spotlightFor('2026-11-25', [])).toBeNull();
  });
});

describe('the spotlight’s idea on the day’s list', () => {
  afterEach(() => setLanguage('en'));
  const list = (title: string, status: 'open' | 'dropped' = 'open') => [
    { title: 'Write the board update', status: 'open' as const },
    { title, status },
  ];

  it('is found when it was made a commitment in German and the leader now reads English', () => {
    const german = 'Verbringen Sie 15 Minuten mit dem Team, dessen Arbeit Sie am wenigsten verstehen.';
    const english = strengthById('curiosity')!.ideas[1]!;
    expect(english).toBe('Spend 15 minutes with a team whose work you understand least.');
    expect(ideaOnList(english, list(german))?.title).toBe(german);
    setLanguage('fr');
    expect(ideaOnList(strengthById('curiosity')!.ideas[1]!, list(german))?.title).toBe(german);
  });

  it('is not found when only another idea, or the same one dropped, is on the list', () => {
    const english = strengthById('curiosity')!.ideas[1]!;
    expect(ideaOnList(english, list(strengthById('curiosity')!.ideas[0]!))).toBeUndefined();
    expect(ideaOnList(english, list(english, 'dropped'))).toBeUndefined();
  });
});
