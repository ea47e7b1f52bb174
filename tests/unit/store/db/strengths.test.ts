import { describe, expect, it, vi } from 'vitest';
import {
  appendToRanking,
  getRankings,
  removeFromRanking,
  reorderRanking,
  restoreToRanking,
  saveRanking,
  saveStrengthNote,
} from '../../../../lib/store/db/strengths';
import { signatureStrengths } from '../../../../lib/domain/ranking';

describe('strengths ranking in the database', () => {
  it('stores the ranking in the order given, 1 first', async () => {
    await saveRanking(['perspective', 'leadership', 'honesty', 'hope', 'zest']);
    expect((await getRankings()).map((r) => [r.id, r.rank])).toEqual([
      ['perspective', 1],
      ['leadership', 2],
      ['honesty', 3],
      ['hope', 4],
      ['zest', 5],
    ]);
  });

  it('keeps notes when strengths are reordered, and drops strengths left out', async () => {
    await saveRanking(['perspective', 'leadership', 'honesty']);
    await saveStrengthNote('honesty', 'I say where projects really stand');
    await saveRanking(['honesty', 'perspective']);
    const rows = await getRankings();
    expect(rows.map((r) => r.id)).toEqual(['honesty', 'perspective']);
    expect(rows[0]?.note).toBe('I say where projects really stand');
  });

  it('stamps the whole ranking when it changes, and not when only a note does', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000);
    await saveRanking(['perspective', 'leadership', 'honesty']);
    vi.setSystemTime(2_000);
    await saveStrengthNote('leadership', 'I hand over the Monday meeting');
    await saveRanking(['perspective', 'leadership', 'honesty']);
    expect((await getRankings()).map((r) => [r.id, r.rankedAt, r.updatedAt])).toEqual([
      ['perspective', 1_000, 1_000],
      ['leadership', 1_000, 2_000],
      ['honesty', 1_000, 1_000],
    ]);
    vi.setSystemTime(3_000);
    await saveRanking(['perspective', 'leadership']);
    expect((await getRankings()).map((r) => [r.id, r.rankedAt, r.updatedAt])).toEqual([
      ['perspective', 3_000, 1_000],
      ['leadership', 3_000, 2_000],
    ]);
    vi.useRealTimers();
  });

  it('derives the signature strengths from what was stored', async () => {
    await saveRanking(['zest', 'hope', 'humor', 'kindness', 'bravery', 'prudence']);
    expect(signatureStrengths(await getRankings()).map((s) => s.name)).toEqual([
      'Zest',
      'Hope',
      'Humor',
      'Kindness',
      'Bravery',
    ]);
  });

  it('refuses unknown or repeated strengths and keeps the ranking', async () => {
    await saveRanking(['hope']);
    await expect(saveRanking(['hope', 'telepathy'])).rejects.toThrow(
      '“telepathy” is not one of the 24 strengths.',
    );
    await expect(saveRanking(['hope', 'hope'])).rejects.toThrow('only once');
    expect((await getRankings()).map((r) => r.id)).toEqual(['hope']);
  });

  it('refuses a note on a strength that is not ranked', async () => {
    await expect(saveStrengthNote('hope', 'x')).rejects.toThrow(/Add the strength/);
  });

  it('appends strengths one after another without losing any, even when added at once', async () => {
    await appendToRanking('perspective');
    await Promise.all([appendToRanking('hope'), appendToRanking('zest'), appendToRanking('hope')]);
    expect((await getRankings()).map((r) => r.id)).toEqual(['perspective', 'hope', 'zest']);
  });

  it('removes a strength, closing the gap, and undo puts it back at its rank with its note', async () => {
    await saveRanking(['perspective', 'leadership', 'honesty']);
    await saveStrengthNote('leadership', 'I clear blockers');
    const removed = await removeFromRanking('leadership');
    expect((await getRankings()).map((r) => [r.id, r.rank])).toEqual([
      ['perspective', 1],
      ['honesty', 2],
    ]);
    await restoreToRanking(removed!);
    const rows = await getRankings();
    expect(rows.map((r) => r.id)).toEqual(['perspective', 'leadership', 'honesty']);
    expect(rows[1]?.note).toBe('I clear blockers');
  });

  it('reorders from a page that had not seen a strength added or removed in another window', async () => {
    await saveRanking(['zest', 'hope', 'humor']);
    await appendToRanking('kindness'); // in another window
    await removeFromRanking('humor'); // and there too
    await reorderRanking(['hope', 'zest', 'humor']); // as this page still saw it
    expect((await getRankings()).map((row) => row.id)).toEqual(['hope', 'zest', 'kindness']);
  });
});
