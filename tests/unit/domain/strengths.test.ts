import { describe, expect, it } from 'vitest';
import { STRENGTHS, VIRTUES, strengthById } from '../../../lib/domain/strengths';

describe('the VIA strengths catalogue', () => {
  it('holds 24 strengths with unique ids and unique names', () => {
    expect(STRENGTHS).toHaveLength(24);
    expect(new Set(STRENGTHS.map((s) => s.id)).size).toBe(24);
    expect(new Set(STRENGTHS.map((s) => s.name)).size).toBe(24);
  });

  it('groups them in the 6 virtues of the classification', () => {
    expect(VIRTUES.map((v) => v.name)).toEqual([
      'Wisdom',
      'Courage',
      'Humanity',
      'Justice',
      'Temperance',
      'Transcendence',
    ]);
    expect(
      Object.fromEntries(
        VIRTUES.map((v) => [v.name, STRENGTHS.filter((s) => s.virtue === v.id).map((s) => s.name)]),
      ),
    ).toEqual({
      Wisdom: ['Creativity', 'Curiosity', 'Judgment', 'Love of Learning', 'Perspective'],
      Courage: ['Bravery', 'Perseverance', 'Honesty', 'Zest'],
      Humanity: ['Love', 'Kindness', 'Social Intelligence'],
      Justice: ['Teamwork', 'Fairness', 'Leadership'],
      Temperance: ['Forgiveness', 'Humility', 'Prudence', 'Self-Regulation'],
      Transcendence: ['Appreciation of Beauty & Excellence', 'Gratitude', 'Hope', 'Humor', 'Spirituality'],
    });
  });

  it.each(STRENGTHS.map((s) => [s.name, s] as const))(
    '%s has a one-line description and 3+ distinct ideas',
    (_name, strength) => {
      expect(strength.description.trim().length).toBeGreaterThan(10);
      expect(strength.description).not.toContain('\n');
      expect(strength.ideas.length).toBeGreaterThanOrEqual(3);
      expect(new Set(strength.ideas).size).toBe(strength.ideas.length);
      for (const idea of strength.ideas) expect(idea.trim().length).toBeGreaterThan(15);
    },
  );

  it('finds a strength by id and knows nothing of others', () => {
    expect(strengthById('love-of-learning')?.name).toBe('Love of Learning');
    expect(strengthById('telepathy')).toBeUndefined();
  });
});
