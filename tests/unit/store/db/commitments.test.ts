import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addCommitment,
  commitmentsForDay,
  dropCommitment,
  linkCommitment,
  markCommitmentDone,
  openCount,
  renameCommitment,
  reopenCommitment,
  reorderCommitments,
  setCommitmentStatus,
} from '../../../../lib/store/db/commitments';
import { db } from '../../../../lib/store/db/db';
import { ValidationError } from '../../../../lib/domain/validation';

afterEach(() => {
  vi.useRealTimers();
});

const DAY = '2026-11-25';
const titles = async (day = DAY) => (await commitmentsForDay(day)).map((c) => c.title);

describe('commitments', () => {
  it('adds commitments to the end of their own day, in order', async () => {
    await addCommitment(DAY, 'Write the board update');
    await addCommitment('2026-11-26', 'Tomorrow’s thing');
    await addCommitment(DAY, 'One-to-one with Sam');
    expect(await titles()).toEqual(['Write the board update', 'One-to-one with Sam']);
    expect((await commitmentsForDay(DAY)).every((c) => c.status === 'open')).toBe(true);
  });

  it('trims the title and refuses an empty one', async () => {
    const added = await addCommitment(DAY, '  Prepare the offsite  ');
    expect(added.title).toBe('Prepare the offsite');
    await expect(addCommitment(DAY, '   ')).rejects.toBeInstanceOf(ValidationError);
    expect(await commitmentsForDay(DAY)).toHaveLength(1);
  });

  it.each(['1969-12-31', '0100-03-01', '2026-02-30', '10000-01-01'])(
    'refuses a day outside the days Flourish keeps: %s',
    async (day) => {
      await expect(addCommitment(day, 'Board update')).rejects.toThrow(
        `${day} is not a date from 1970-01-01 to 9999-12-31.`,
      );
      expect(await db.commitments.count()).toBe(0);
    },
  );

  it.each(['1970-01-01', '9999-12-31'])('keeps a commitment on the first and last day: %s', async (day) => {
    await addCommitment(day, 'Board update');
    expect(await titles(day)).toEqual(['Board update']);
  });

  it('refuses a title over 200 characters', async () => {
    await expect(addCommitment(DAY, 'x'.repeat(201))).rejects.toThrow(/limit is 200/);
    expect(await commitmentsForDay(DAY)).toHaveLength(0);
  });

  it('marks a commitment done with the time, and undoing reopens it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T15:00:00Z'));
    const { id } = await addCommitment(DAY, 'Call the investor');
    vi.setSystemTime(new Date('2026-11-25T16:30:00Z'));
    await markCommitmentDone(id);
    let [stored] = await commitmentsForDay(DAY);
    expect(stored?.status).toBe('done');
    expect(stored?.doneAt).toBe(Date.parse('2026-11-25T16:30:00Z'));

    await reopenCommitment(id);
    [stored] = await commitmentsForDay(DAY);
    expect(stored?.status).toBe('open');
    expect(stored).not.toHaveProperty('doneAt');
  });

  it('drops a commitment but keeps it on its day; undo restores the status it had', async () => {
    const a = await addCommitment(DAY, 'A');
    await markCommitmentDone(a.id);
    await dropCommitment(a.id);
    expect((await commitmentsForDay(DAY))[0]?.status).toBe('dropped');
    await setCommitmentStatus(a.id, 'done');
    expect((await commitmentsForDay(DAY))[0]?.status).toBe('done');
  });

  it('counts only open commitments', async () => {
    const a = await addCommitment(DAY, 'A');
    const b = await addCommitment(DAY, 'B');
    await addCommitment(DAY, 'C');
    await markCommitmentDone(a.id);
    await dropCommitment(b.id);
    expect(await openCount(DAY)).toBe(1);
  });

  it('reorders a day’s commitments', async () => {
    const a = await addCommitment(DAY, 'A');
    const b = await addCommitment(DAY, 'B');
    const c = await addCommitment(DAY, 'C');
    await reorderCommitments([c.id, a.id, b.id]);
    expect(await titles()).toEqual(['C', 'A', 'B']);
    const d = await addCommitment(DAY, 'D');
    expect((await commitmentsForDay(DAY)).at(-1)?.id).toBe(d.id);
  });

  it('renames in place, refusing an empty title', async () => {
    const a = await addCommitment(DAY, 'Draft');
    await renameCommitment(a.id, 'Draft the board update');
    await expect(renameCommitment(a.id, ' ')).rejects.toThrow('can’t be empty');
    expect(await titles()).toEqual(['Draft the board update']);
  });

  it('links a goal, a strength and an if-then plan, and clears them', async () => {
    const a = await addCommitment(DAY, 'Feedback to Sam');
    await linkCommitment(a.id, {
      goalId: 'g1',
      strengthId: 'honesty',
      ifThen: { when: 'after stand-up', then: 'book 15 minutes' },
    });
    expect((await commitmentsForDay(DAY))[0]).toMatchObject({
      goalId: 'g1',
      strengthId: 'honesty',
      ifThen: { when: 'after stand-up', then: 'book 15 minutes' },
    });
    await linkCommitment(a.id, { goalId: undefined, strengthId: 'honesty', ifThen: { when: '', then: '' } });
    const [stored] = await commitmentsForDay(DAY);
    expect(stored).not.toHaveProperty('goalId');
    expect(stored).not.toHaveProperty('ifThen');
  });

  it('changes only the links it is given, keeping one set elsewhere meanwhile', async () => {
    const a = await addCommitment(DAY, 'Feedback to Sam');
    // One window links the goal while another, opened before, writes the plan.
    await linkCommitment(a.id, { goalId: 'g1' });
    await linkCommitment(a.id, { ifThen: { when: 'after stand-up', then: 'book 15 minutes' } });
    await linkCommitment(a.id, { strengthId: 'honesty' });
    expect((await commitmentsForDay(DAY))[0]).toMatchObject({
      goalId: 'g1',
      strengthId: 'honesty',
      ifThen: { when: 'after stand-up', then: 'book 15 minutes' },
    });
  });

  it('refuses half an if-then plan', async () => {
    const a = await addCommitment(DAY, 'Feedback to Sam');
    await expect(linkCommitment(a.id, { ifThen: { when: 'at 4 pm', then: ' ' } })).rejects.toThrow(
      'An if-then plan needs both parts',
    );
    await expect(addCommitment(DAY, 'B', { ifThen: { when: '', then: 'write it' } })).rejects.toThrow(
      'both parts',
    );
  });

  it('fails loudly when ticking a commitment that does not exist', async () => {
    await expect(markCommitmentDone('missing')).rejects.toThrow(/No commitment/);
  });
});
