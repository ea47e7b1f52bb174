import { describe, expect, it } from 'vitest';
import { commitmentsForDay, dropCommitment } from '../../../lib/store/db/commitments';
import {
  addRecurrence,
  deleteRecurrence,
  ensureRecurringCommitments,
  updateRecurrence,
} from '../../../lib/store/db/recurrences';
import { db } from '../../../lib/store/db/db';
import type { RecurrenceSchedule } from '../../../lib/domain/types';
import { describeSchedule, occursOn } from '../../../lib/domain/recurrence';
import { daysFrom, localDay, plusDays } from '../../support/calendar';

const rule = (schedule: RecurrenceSchedule, startDay = '2026-11-02') => ({ schedule, startDay });

describe('occursOn', () => {
  it.each([
    // Chosen weekdays (Tuesday = 2, Thursday = 4)
    [rule({ kind: 'weekdays', weekdays: [2, 4] }), '2026-11-24', true],
    [rule({ kind: 'weekdays', weekdays: [2, 4] }), '2026-11-25', false],
    [rule({ kind: 'weekdays', weekdays: [2, 4] }), '2026-11-26', true],
    // Never before the start day
    [rule({ kind: 'weekdays', weekdays: [2] }, '2026-11-25'), '2026-11-24', false],
    // Every 2 weeks on Friday, counted from the start day's week
    [rule({ kind: 'every-n-weeks', interval: 2, weekday: 5 }), '2026-11-06', true],
    [rule({ kind: 'every-n-weeks', interval: 2, weekday: 5 }), '2026-11-13', false],
    [rule({ kind: 'every-n-weeks', interval: 2, weekday: 5 }), '2026-11-20', true],
    [rule({ kind: 'every-n-weeks', interval: 2, weekday: 5 }), '2026-11-19', false],
    // Across a month end: from Monday 2 Nov, Mondays 30 Nov and 14 Dec (not 7 Dec)
    [rule({ kind: 'every-n-weeks', interval: 2, weekday: 1 }), '2026-11-30', true],
    [rule({ kind: 'every-n-weeks', interval: 2, weekday: 1 }), '2026-12-14', true],
    [rule({ kind: 'every-n-weeks', interval: 2, weekday: 1 }), '2026-12-07', false],
    [rule({ kind: 'every-n-weeks', interval: 2, weekday: 1 }), '2026-11-16', true],
    // Across a year end with an ISO week 53 (2026-W53 then 2027-W01)
    [rule({ kind: 'every-n-weeks', interval: 2, weekday: 4 }, '2026-12-17'), '2026-12-31', true],
    [rule({ kind: 'every-n-weeks', interval: 2, weekday: 4 }, '2026-12-17'), '2027-01-07', false],
    [rule({ kind: 'every-n-weeks', interval: 2, weekday: 4 }, '2026-12-17'), '2027-01-14', true],
  ])('%j on %s → %s', (r, day, expected) => {
    expect(occursOn(r, day)).toBe(expected);
  });

  it('every 3 weeks comes back exactly every 21 days for two years', () => {
    const r = rule({ kind: 'every-n-weeks', interval: 3, weekday: 3 }, '2026-01-05');
    const days = daysFrom('2026-01-01', '2027-12-31').filter((day) => occursOn(r, day));
    // The Wednesday of the start day's week, then every 21st day: 35 times, the last on 22 December 2027.
    expect(days).toEqual(Array.from({ length: 35 }, (_, i) => plusDays('2026-01-07', 21 * i)));
    expect(days.at(-1)).toBe('2027-12-22');
  });
});

describe('describeSchedule', () => {
  it.each([
    [{ kind: 'weekdays', weekdays: [1, 2, 3, 4, 5] }, 'Every weekday'],
    [{ kind: 'weekdays', weekdays: [4, 2] }, 'Every Tuesday and Thursday'],
    [{ kind: 'weekdays', weekdays: [0, 1] }, 'Every Monday and Sunday'],
    [{ kind: 'every-n-weeks', interval: 2, weekday: 5 }, 'Every 2 weeks on Friday'],
    [{ kind: 'every-n-weeks', interval: 1, weekday: 1 }, 'Every week on Monday'],
  ] as [RecurrenceSchedule, string][])('%j → %s', (schedule, text) => {
    expect(describeSchedule(schedule)).toBe(text);
  });
});

describe('recurring commitments in the database', () => {
  it('refuses a rule with no weekday, and an empty title', async () => {
    await expect(
      addRecurrence({ title: 'Pipeline review', schedule: { kind: 'weekdays', weekdays: [] } }, '2026-11-25'),
    ).rejects.toThrow('Choose at least one weekday.');
    await expect(
      addRecurrence({ title: ' ', schedule: { kind: 'weekdays', weekdays: [5] } }, '2026-11-25'),
    ).rejects.toThrow('can’t be empty');
    expect(await db.recurrences.count()).toBe(0);
  });

  it('checks an if-then plan as a commitment’s is: half a plan is refused, a cleared one is removed', async () => {
    const schedule: RecurrenceSchedule = { kind: 'weekdays', weekdays: [1] };
    await expect(
      addRecurrence(
        { title: 'One-to-one', schedule, ifThen: { when: 'Monday 9:00', then: ' ' } },
        '2026-11-25',
      ),
    ).rejects.toThrow('An if-then plan needs both parts: “When …” and “I will …”.');
    expect(await db.recurrences.count()).toBe(0);
    const rule = await addRecurrence(
      { title: 'One-to-one', schedule, ifThen: { when: ' Monday 9:00 ', then: 'ask about the launch' } },
      '2026-11-25',
    );
    expect(rule.ifThen).toEqual({ when: 'Monday 9:00', then: 'ask about the launch' });
    await updateRecurrence(rule.id, { title: 'One-to-one', schedule, ifThen: { when: '', then: '' } });
    expect((await db.recurrences.get(rule.id))?.ifThen).toBeUndefined();
  });

  it('refuses a start day outside the days Flourish keeps', async () => {
    await expect(
      addRecurrence({ title: 'One-to-one', schedule: { kind: 'weekdays', weekdays: [1] } }, '0100-01-04'),
    ).rejects.toThrow('0100-01-04 is not a date from 1970-01-01 to 9999-12-31.');
    expect(await db.recurrences.count()).toBe(0);
  });

  it('adds a rule’s commitment once, however often the day is opened, and not after it is dropped', async () => {
    await addRecurrence(
      { title: 'One-to-one with Sam', goalId: 'g1', schedule: { kind: 'weekdays', weekdays: [3] } },
      '2026-11-25',
    );
    expect(await ensureRecurringCommitments('2026-11-25')).toBe(1);
    expect(await ensureRecurringCommitments('2026-11-25')).toBe(0);
    await Promise.all([ensureRecurringCommitments('2026-11-25'), ensureRecurringCommitments('2026-11-25')]);
    const [added] = await commitmentsForDay('2026-11-25');
    expect(added).toMatchObject({ title: 'One-to-one with Sam', goalId: 'g1', status: 'open' });
    await dropCommitment(added!.id);
    expect(await ensureRecurringCommitments('2026-11-25')).toBe(0);
    expect(await commitmentsForDay('2026-11-25')).toHaveLength(1);
  });

  // Spring forward: New York 8 March, London and Berlin 29 March, Sydney (back) 5 April 2026; fall
  // back: Sydney (forward) 4 October, London and Berlin 25 October, New York 1 November 2026.
  const SUNDAYS = [
    ...['2026-03-01', '2026-03-08', '2026-03-15', '2026-03-22', '2026-03-29', '2026-04-05', '2026-04-12'],
    ...['2026-10-04', '2026-10-11', '2026-10-18', '2026-10-25', '2026-11-01', '2026-11-08'],
    ...['2026-12-20', '2026-12-27', '2027-01-03', '2027-01-10'],
  ];
  // Every second Friday counted from the week of Sunday 1 March (which begins on Monday 23 February).
  const FORTNIGHTLY_FRIDAYS = [
    ...['2026-03-13', '2026-03-27', '2026-04-10'],
    ...['2026-10-09', '2026-10-23', '2026-11-06'],
    ...['2027-01-01'],
  ];

  it.each(['America/New_York', 'Europe/London', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata'])(
    'opening pages every hour through DST weeks and a year end in %s adds exactly one per matching day',
    async (zone) => {
      await addRecurrence(
        { title: 'Sunday plan', schedule: { kind: 'weekdays', weekdays: [0] } },
        '2026-03-01',
      );
      await addRecurrence(
        { title: 'Fortnightly Friday', schedule: { kind: 'every-n-weeks', interval: 2, weekday: 5 } },
        '2026-03-01',
      );
      const spans = [
        ['2026-03-01T00:00:00Z', '2026-04-12T00:00:00Z'],
        ['2026-10-01T00:00:00Z', '2026-11-08T00:00:00Z'],
        ['2026-12-20T00:00:00Z', '2027-01-10T00:00:00Z'],
      ];
      const seen = new Set<string>();
      for (const [from, to] of spans) {
        for (let t = Date.parse(from!); t < Date.parse(to!); t += 3_600_000) {
          const day = localDay(t, zone);
          seen.add(day);
          await ensureRecurringCommitments(day);
        }
      }
      expect(FORTNIGHTLY_FRIDAYS.filter((day) => !seen.has(day))).toEqual([]);
      for (const day of seen) {
        const titles = (await commitmentsForDay(day)).map((c) => c.title);
        const expected = [
          ...(SUNDAYS.includes(day) ? ['Sunday plan'] : []),
          ...(FORTNIGHTLY_FRIDAYS.includes(day) ? ['Fortnightly Friday'] : []),
        ];
        expect(titles.sort(), day).toEqual(expected.sort());
      }
    },
    30_000,
  );

  it('editing or deleting a rule never rewrites days already begun', async () => {
    const r = await addRecurrence(
      { title: 'Pipeline review', schedule: { kind: 'weekdays', weekdays: [5] } },
      '2026-11-20',
    );
    await ensureRecurringCommitments('2026-11-20');
    await updateRecurrence(r.id, { title: 'Forecast review', schedule: { kind: 'weekdays', weekdays: [4] } });
    await ensureRecurringCommitments('2026-11-26');
    expect((await commitmentsForDay('2026-11-20')).map((c) => c.title)).toEqual(['Pipeline review']);
    expect((await commitmentsForDay('2026-11-26')).map((c) => c.title)).toEqual(['Forecast review']);
    await deleteRecurrence(r.id);
    await ensureRecurringCommitments('2026-12-03');
    expect(await commitmentsForDay('2026-12-03')).toHaveLength(0);
    expect((await commitmentsForDay('2026-11-20')).map((c) => c.title)).toEqual(['Pipeline review']);
  });

  it('changes only the fields an edit gives, keeping another window’s change to the others', async () => {
    const r = await addRecurrence(
      { title: 'Pipeline review', schedule: { kind: 'weekdays', weekdays: [5] }, goalId: 'g1' },
      '2026-11-20',
    );
    // One window renames it; another, opened before the rename, moves it to Thursday and unlinks the goal.
    await updateRecurrence(r.id, { title: 'Forecast review' });
    await updateRecurrence(r.id, { schedule: { kind: 'weekdays', weekdays: [4] }, goalId: undefined });
    const [stored] = await db.recurrences.toArray();
    expect(stored).toMatchObject({ title: 'Forecast review', schedule: { kind: 'weekdays', weekdays: [4] } });
    expect(stored).not.toHaveProperty('goalId');
  });

  it('refuses to edit a rule deleted in another window', async () => {
    const r = await addRecurrence(
      { title: 'Pipeline review', schedule: { kind: 'weekdays', weekdays: [5] } },
      '2026-11-20',
    );
    await deleteRecurrence(r.id);
    await expect(updateRecurrence(r.id, { title: 'Forecast review' })).rejects.toThrow(
      'deleted in another window',
    );
    expect(await db.recurrences.count()).toBe(0);
  });
});
