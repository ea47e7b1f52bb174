/** Agreements made into goals, recurring commitments and next-day commitments, once each. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../lib/store/db/db';
import {
  agreementToCommitment,
  agreementToGoal,
  agreementToRecurrence,
  outcomeOf,
} from '../../../../lib/store/db/agreements';
import { deleteGoal } from '../../../../lib/store/db/goals';
import {
  addAgreement,
  addSession,
  removeAgreement,
  restoreAgreement,
  sessionsNewestFirst,
} from '../../../../lib/store/db/sessions';

const NOW = Date.UTC(2026, 11, 2, 9);
const LONG =
  'Delegate the weekly report to Sam from January, and spend the hour it frees on one-to-ones with the three new team leads in the London office';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

async function sessionWith(text: string) {
  const session = await addSession({ day: '2026-12-02' });
  const agreement = await addAgreement(session.id, text);
  return { sessionId: session.id, agreementId: agreement.id };
}

const became = async (sessionId: string) => (await db.sessions.get(sessionId))?.agreements[0]?.became;

describe('making an agreement into something', () => {
  it('makes a goal: the title cut to fit, the full words as why it matters', async () => {
    const { sessionId, agreementId } = await sessionWith(LONG);
    const goal = await agreementToGoal(sessionId, agreementId);
    expect(await db.goals.get(goal.id)).toMatchObject({
      title:
        'Delegate the weekly report to Sam from January, and spend the hour it frees on one-to-ones with the three new team…',
      why: LONG,
      status: 'active',
    });
    expect(await became(sessionId)).toEqual({ kind: 'goal', id: goal.id });
    expect(await outcomeOf({ kind: 'goal', id: goal.id })).toEqual({
      kind: 'goal',
      title:
        'Delegate the weekly report to Sam from January, and spend the hour it frees on one-to-ones with the three new team…',
    });
  });

  it('makes a recurring commitment on the chosen weekdays, from the day given', async () => {
    const { sessionId, agreementId } = await sessionWith('Walk the floor');
    const rule = await agreementToRecurrence(sessionId, agreementId, [4, 1], '2026-12-02');
    expect(await db.recurrences.get(rule.id)).toMatchObject({
      title: 'Walk the floor',
      schedule: { kind: 'weekdays', weekdays: [1, 4] },
      startDay: '2026-12-02',
    });
    expect(await became(sessionId)).toEqual({ kind: 'recurrence', id: rule.id });
  });

  it('makes a commitment on the day given', async () => {
    const { sessionId, agreementId } = await sessionWith('Book the offsite room');
    const commitment = await agreementToCommitment(sessionId, agreementId, '2026-12-03');
    expect(await db.commitments.get(commitment.id)).toMatchObject({
      day: '2026-12-03',
      title: 'Book the offsite room',
      status: 'open',
    });
    expect(await became(sessionId)).toEqual({ kind: 'commitment', id: commitment.id });
  });

  it('refuses a second time and makes nothing more', async () => {
    const { sessionId, agreementId } = await sessionWith('Book the offsite room');
    const first = await agreementToGoal(sessionId, agreementId);
    await expect(agreementToGoal(sessionId, agreementId)).rejects.toThrow(
      'That agreement already became a goal.',
    );
    await expect(agreementToCommitment(sessionId, agreementId, '2026-12-03')).rejects.toThrow(
      'That agreement already became a goal.',
    );
    expect((await db.goals.toArray()).map((g) => g.id)).toEqual([first.id]);
    expect(await db.commitments.count()).toBe(0);
    expect(await became(sessionId)).toEqual({ kind: 'goal', id: first.id });
  });

  it('two clicks at once make one goal', async () => {
    const { sessionId, agreementId } = await sessionWith('Book the offsite room');
    const results = await Promise.allSettled([
      agreementToGoal(sessionId, agreementId),
      agreementToGoal(sessionId, agreementId),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.goals.count()).toBe(1);
  });

  it('refuses a recurring commitment with no weekday, and notes nothing', async () => {
    const { sessionId, agreementId } = await sessionWith('Walk the floor');
    await expect(agreementToRecurrence(sessionId, agreementId, [], '2026-12-02')).rejects.toThrow(
      'Choose at least one weekday.',
    );
    expect(await db.recurrences.count()).toBe(0);
    expect(await became(sessionId)).toBeUndefined();
  });

  it('says when what it became was deleted', async () => {
    const { sessionId, agreementId } = await sessionWith('Walk the floor');
    const goal = await agreementToGoal(sessionId, agreementId);
    await deleteGoal(goal.id);
    expect(await outcomeOf({ kind: 'goal', id: goal.id })).toBeNull();
  });
});

describe('sessions and agreements', () => {
  it('lists sessions newest first', async () => {
    await addSession({ day: '2026-11-04' });
    await addSession({ day: '2026-12-02' });
    await addSession({ day: '2026-11-18' });
    expect((await sessionsNewestFirst()).map((s) => s.day)).toEqual([
      '2026-12-02',
      '2026-11-18',
      '2026-11-04',
    ]);
  });

  it('puts a removed agreement back at its place, with what it became', async () => {
    const session = await addSession({ day: '2026-12-02' });
    await addAgreement(session.id, 'First');
    const second = await addAgreement(session.id, 'Second');
    await addAgreement(session.id, 'Third');
    const goal = await agreementToGoal(session.id, second.id);
    const removed = (await db.sessions.get(session.id))!.agreements[1]!;
    await removeAgreement(session.id, second.id);
    await restoreAgreement(session.id, removed, 1);
    expect((await db.sessions.get(session.id))?.agreements.map((a) => [a.text, a.became?.id])).toEqual([
      ['First', undefined],
      ['Second', goal.id],
      ['Third', undefined],
    ]);
  });
});
