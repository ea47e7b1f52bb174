import { describe, expect, it } from 'vitest';
import type { StrengthRanking } from '../../../lib/domain/types';
import { moveItem } from '../../../lib/domain/move-item';
import { rankedStrengths, rankingOf, signatureStrengths } from '../../../lib/domain/ranking';
import { ValidationError } from '../../../lib/domain/validation';

const ranking = (...ids: string[]): StrengthRanking[] =>
  ids.map((id, index) => ({ id, rank: index + 1, note: '', updatedAt: 0 }));

describe('strengths ranking', () => {
  it('takes the top five by rank as the signature strengths, whatever the stored order', () => {
    const rows = ranking('hope', 'zest', 'humor', 'kindness', 'bravery', 'prudence', 'curiosity').reverse();
    expect(signatureStrengths(rows).map((s) => s.id)).toEqual([
      'hope',
      'zest',
      'humor',
      'kindness',
      'bravery',
    ]);
  });

  it('returns fewer signature strengths while the ranking is short', () => {
    expect(signatureStrengths(ranking('hope', 'zest')).map((s) => s.id)).toEqual(['hope', 'zest']);
    expect(signatureStrengths([])).toEqual([]);
  });

  it('skips ids the catalogue does not know', () => {
    expect(rankedStrengths(ranking('hope', 'telepathy', 'zest')).map((s) => s.id)).toEqual(['hope', 'zest']);
  });
});

describe('moveItem', () => {
  it.each([
    [['a', 'b', 'c', 'd'], 0, 2, ['b', 'c', 'a', 'd']],
    [['a', 'b', 'c', 'd'], 3, 0, ['d', 'a', 'b', 'c']],
    [['a', 'b', 'c'], 1, 1, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 0, 99, ['b', 'c', 'a']],
    [['a', 'b', 'c'], 2, -5, ['c', 'a', 'b']],
    [['a', 'b', 'c'], 7, 0, ['a', 'b', 'c']],
  ])('moves %j from %i to %i', (list, from, to, expected) => {
    expect(moveItem(list, from, to)).toEqual(expected);
  });

  it('leaves the original list untouched', () => {
    const list = ['a', 'b'];
    moveItem(list, 0, 1);
    expect(list).toEqual(['a', 'b']);
  });
});

describe('the ranking as the editor keeps it', () => {
  const rows = (...ranks: [string, number][]) => ranks.map(([id, rank]) => ({ id, rank }));

  it.each([
    ['none', rows(), []],
    ['1, 2, 3 in any order', rows(['zest', 2], ['hope', 1], ['humor', 3]), ['hope', 'zest', 'humor']],
  ])('reads %s', (_case, ranking, ids) => {
    expect(rankingOf(ranking)).toEqual(ids);
  });

  it.each([
    ['two strengths first', rows(['zest', 1], ['hope', 1]), 'Ranks must run 1, 2, 3 … with no gaps or ties.'],
    ['a gap', rows(['zest', 1], ['hope', 3]), 'Ranks must run 1, 2, 3 … with no gaps or ties.'],
    ['no first', rows(['zest', 2]), 'Ranks must run 1, 2, 3 … with no gaps or ties.'],
    ['a strength twice', rows(['zest', 1], ['zest', 2]), 'A strength can appear only once in the ranking.'],
    ['an unknown strength', rows(['telepathy', 1]), '“telepathy” is not one of the 24 strengths.'],
  ])('refuses %s', (_case, ranking, message) => {
    expect(() => rankingOf(ranking)).toThrow(new ValidationError(message));
  });
});
