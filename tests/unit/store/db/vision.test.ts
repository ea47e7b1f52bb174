import { describe, expect, it } from 'vitest';
import { getVision, saveVision } from '../../../../lib/store/db/vision';

describe('vision', () => {
  it('has no vision until one is saved', async () => {
    expect(await getVision()).toBeUndefined();
  });

  it('saves the statement and keeps other fields when saving part of it', async () => {
    await saveVision({ statement: 'A team that runs without me', feelsLike: 'Calm' });
    await saveVision({ looksLike: 'Weekly one-to-ones that matter' });
    const vision = await getVision();
    expect(vision).toMatchObject({
      statement: 'A team that runs without me',
      feelsLike: 'Calm',
      looksLike: 'Weekly one-to-ones that matter',
    });
    expect(vision?.updatedAt).toBeGreaterThan(0);
  });

  it('refuses a statement over 2,000 characters and keeps the saved one', async () => {
    await saveVision({ statement: 'Short and true' });
    await expect(saveVision({ statement: 'x'.repeat(2001) })).rejects.toThrow(/limit is 2000/);
    expect((await getVision())?.statement).toBe('Short and true');
  });
});
