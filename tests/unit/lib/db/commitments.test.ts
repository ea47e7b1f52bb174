import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addCommitment,
  commitmentsForDay,
  markCommitmentDone,
  reopenCommitment,
} from '../../../../lib/db/commitments';
import { ValidationError } from '../../../../lib/validation';

afterEach(() => {
  vi.useRealTimers();
});

describe('commitments', () => {
  it('adds commitments to the end of their own day, in order', async () => {
    await addCommitment('2026-11-25', 'Write the board update');
    await addCommitment('2026-11-26', 'Tomorrow’s thing');
    await addCommitment('2026-11-25', 'One-to-one with Sam');
    const today = await commitmentsForDay('2026-11-25');
    expect(today.map((c) => c.title)).toEqual(['Write the board update', 'One-to-one with Sam']);
    expect(today.every((c) => c.status === 'open')).toBe(true);
  });

  it('trims the title and refuses an empty one', async () => {
    const added = await addCommitment('2026-11-25', '  Prepare the offsite  ');
    expect(added.title).toBe('Prepare the offsite');
    await expect(addCommitment('2026-11-25', '   ')).rejects.toBeInstanceOf(ValidationError);
    expect(await commitmentsForDay('2026-11-25')).toHaveLength(1);
  });

  it('refuses a title over 200 characters', async () => {
    await expect(addCommitment('2026-11-25', 'x'.repeat(201))).rejects.toThrow(/limit is 200/);
    expect(await commitmentsForDay('2026-11-25')).toHaveLength(0);
  });

  it('marks a commitment done with the time, and undoing reopens it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T15:00:00Z'));
    const { id } = await addCommitment('2026-11-25', 'Call the investor');
    vi.setSystemTime(new Date('2026-11-25T16:30:00Z'));
    await markCommitmentDone(id);
    let [stored] = await commitmentsForDay('2026-11-25');
    expect(stored?.status).toBe('done');
    expect(stored?.doneAt).toBe(Date.parse('2026-11-25T16:30:00Z'));

    await reopenCommitment(id);
    [stored] = await commitmentsForDay('2026-11-25');
    expect(stored?.status).toBe('open');
    expect(stored).not.toHaveProperty('doneAt');
  });

  it('fails loudly when ticking a commitment that does not exist', async () => {
    await expect(markCommitmentDone('missing')).rejects.toThrow(/No commitment/);
  });
});
