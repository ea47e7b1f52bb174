import { describe, expect, it } from 'vitest';
import { spotlightFor } from '../../../lib/domain/spotlight';
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
