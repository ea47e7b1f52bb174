/** The coaching loop's stores: sessions and agreements, questions, days off, goal ratings, stars. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../lib/store/db/db';
import { addDaysOff, daysOffFrom, removeDaysOff, updateDaysOff } from '../../../../lib/store/db/days-off';
import {
  addQuestion,
  bringQuestion,
  removeQuestion,
  updateQuestion,
  waitingQuestions,
} from '../../../../lib/store/db/questions';
import { getReview, saveReviewDraft, starReview } from '../../../../lib/store/db/reviews';
import {
  addAgreement,
  addSession,
  lastSessionOnOrBefore,
  noteAgreementBecame,
  removeAgreement,
  sessionsBetween,
  updateAgreement,
  updateSession,
} from '../../../../lib/store/db/sessions';
import { getWeeklyReview, rateGoalForWeek, saveWeeklyReview } from '../../../../lib/store/db/weekly-reviews';

const NOW = Date.UTC(2026, 11, 2, 9);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('coaching sessions', () => {
  it('records sessions and finds the last one on or before a day and those of a period', async () => {
    await addSession({ day: '2026-11-03', nextDay: '2026-11-17' });
    await addSession({ day: '2026-11-17', nextDay: '2026-12-01' }, 'Meetings crowd out deep work');
    await addSession({ day: '2026-12-01' });
    expect((await lastSessionOnOrBefore('2026-11-30'))?.day).toBe('2026-11-17');
    expect((await lastSessionOnOrBefore('2026-12-01'))?.day).toBe('2026-12-01');
    expect(await lastSessionOnOrBefore('2026-11-02')).toBeUndefined();
    expect(
      (await sessionsBetween('2026-11-01', '2026-11-30')).map((s) => [s.day, s.nextDay, s.notes]),
    ).toEqual([
      ['2026-11-03', '2026-11-17', ''],
      ['2026-11-17', '2026-12-01', 'Meetings crowd out deep work'],
    ]);
  });

  it.each([
    [{ day: '2026-11-17', nextDay: '2026-11-17' }, 'The next session must come after this one.'],
    [{ day: '2026-11-17', nextDay: '2026-11-10' }, 'The next session must come after this one.'],
    [{ day: '2026-02-30' }, 'A session needs its date.'],
    [{ day: '2026-11-17', nextDay: 'soon' }, 'The next session’s date is not a date.'],
  ])('refuses %j with a clear message and stores nothing', async (days, message) => {
    await expect(addSession(days)).rejects.toThrow(message);
    expect(await db.sessions.count()).toBe(0);
  });

  it('clears the next session’s date and keeps the agreements when the dates change', async () => {
    const session = await addSession({ day: '2026-11-17', nextDay: '2026-12-01' });
    await addAgreement(session.id, '  Delegate the weekly report  ');
    await updateSession(session.id, { nextDay: null, notes: 'Short one' });
    expect(await db.sessions.get(session.id)).toEqual({
      id: session.id,
      day: '2026-11-17',
      agreements: [{ id: expect.any(String), text: 'Delegate the weekly report' }],
      notes: 'Short one',
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('adds, rewords, links and removes agreements; an empty one is refused', async () => {
    const session = await addSession({ day: '2026-11-17' });
    const first = await addAgreement(session.id, 'Delegate the weekly report');
    const second = await addAgreement(session.id, 'Ask one open question in every one-to-one');
    await expect(addAgreement(session.id, '   ')).rejects.toThrow('An agreement can’t be empty.');
    await updateAgreement(session.id, second.id, 'Ask two open questions');
    await noteAgreementBecame(session.id, first.id, { kind: 'goal', id: 'goal-1' });
    expect((await db.sessions.get(session.id))?.agreements).toEqual([
      { id: first.id, text: 'Delegate the weekly report', became: { kind: 'goal', id: 'goal-1' } },
      { id: second.id, text: 'Ask two open questions' },
    ]);
    await removeAgreement(session.id, first.id);
    expect((await db.sessions.get(session.id))?.agreements.map((a) => a.text)).toEqual([
      'Ask two open questions',
    ]);
  });
});

describe('questions for the coach', () => {
  it('keeps questions in the order they were noted until they are brought to a session', async () => {
    const first = await addQuestion('How do I say no to side projects?');
    vi.setSystemTime(NOW + 60_000);
    const second = await addQuestion('What do I stop doing?');
    await updateQuestion(second.id, 'What do I stop doing this quarter?');
    expect((await waitingQuestions()).map((q) => q.text)).toEqual([
      'How do I say no to side projects?',
      'What do I stop doing this quarter?',
    ]);
    await bringQuestion(first.id, 'session-1');
    expect((await waitingQuestions()).map((q) => q.id)).toEqual([second.id]);
    await bringQuestion(first.id, null);
    expect(await db.questions.get(first.id)).not.toHaveProperty('broughtTo');
    await removeQuestion(second.id);
    expect((await waitingQuestions()).map((q) => q.id)).toEqual([first.id]);
    await expect(addQuestion(' ')).rejects.toThrow('A question can’t be empty.');
  });
});

describe('days off', () => {
  it('finds the runs that end on or after a day, earliest first', async () => {
    await addDaysOff({ from: '2026-12-24', to: '2027-01-01', label: ' Winter holiday ' });
    await addDaysOff({ from: '2026-11-27', to: '2026-11-27', label: '' });
    await addDaysOff({ from: '2026-12-03', to: '2026-12-04', label: 'Offsite' });
    expect((await daysOffFrom('2026-12-02')).map((r) => [r.from, r.to, r.label])).toEqual([
      ['2026-12-03', '2026-12-04', 'Offsite'],
      ['2026-12-24', '2027-01-01', 'Winter holiday'],
    ]);
  });

  it('refuses a run that ends before it starts, and an edit that would, changing nothing', async () => {
    await expect(addDaysOff({ from: '2026-12-24', to: '2026-12-20', label: '' })).rejects.toThrow(
      'Days off must end on or after their first day.',
    );
    const run = await addDaysOff({ from: '2026-12-24', to: '2026-12-31', label: 'Holiday' });
    await expect(updateDaysOff(run.id, { to: '2026-12-01' })).rejects.toThrow(
      'Days off must end on or after their first day.',
    );
    expect(await db.daysOff.get(run.id)).toEqual(run);
    await removeDaysOff(run.id);
    expect(await db.daysOff.count()).toBe(0);
  });
});

describe('goal ratings and starred reflections', () => {
  it('rates one goal at a time, keeping the week’s answers and the other goals’ ratings', async () => {
    await saveWeeklyReview('2026-W48', { wins: 'Board update landed' }, false);
    await rateGoalForWeek('2026-W48', 'goal-1', 1);
    await rateGoalForWeek('2026-W48', 'goal-2', -2);
    await rateGoalForWeek('2026-W48', 'goal-1', 2);
    await saveWeeklyReview('2026-W48', { patterns: 'Meetings eat afternoons' }, true);
    expect(await getWeeklyReview('2026-W48')).toMatchObject({
      wins: 'Board update landed',
      patterns: 'Meetings eat afternoons',
      goalRatings: [
        { goalId: 'goal-2', rating: -2 },
        { goalId: 'goal-1', rating: 2 },
      ],
    });
    await rateGoalForWeek('2026-W48', 'goal-2', null);
    expect((await getWeeklyReview('2026-W48'))?.goalRatings).toEqual([{ goalId: 'goal-1', rating: 2 }]);
    await expect(rateGoalForWeek('2026-W48', 'goal-1', 3)).rejects.toThrow('runs from −2');
  });

  it('keeps a star when the review is saved afterwards', async () => {
    await starReview('2026-12-01', true);
    await saveReviewDraft('2026-12-01', { wentWell: 'Sam and I finally talked' });
    expect(await getReview('2026-12-01')).toMatchObject({
      starred: true,
      wentWell: 'Sam and I finally talked',
    });
    await starReview('2026-12-01', false);
    expect((await getReview('2026-12-01'))?.starred).toBe(false);
  });
});
