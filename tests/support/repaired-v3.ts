/**
 * What schema version 3's repairs must make of tests/fixtures/db-v2-repairs.json, written out row by
 * row (an oracle of its own, not computed by the code under test): used by the upgrade test and by
 * the restore of a version 2 backup holding the same rows.
 */
import type { Fixture } from '../unit/store/db/fixtures';

const at = (iso: string) => Date.parse(iso);
const ID = (n: number) => `3d0c0000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const RULE = '7c0a0000-0000-4000-8000-00000000a001';
const GOAL = '0b9c7c52-1a53-4c0e-9a39-5f0a4f1b2c01';

/** What version 3's upgrade must make of tests/fixtures/db-v2-repairs.json, written out row by row. */
export const REPAIRED: Fixture = {
  schemaVersion: 3,
  tables: {
    commitments: [
      {
        id: ID(1),
        day: '2026-11-23',
        title: 'Board update',
        status: 'not-done',
        order: 1,
        createdAt: at('2026-11-23T08:10:00Z'),
        updatedAt: at('2026-11-24T19:00:00Z'),
      },
      // The words typed again on Tuesday stay; the copy a late review carried beside them goes,
      // leaving its strength and where it was carried from. Done, as the review said of one of them.
      {
        id: ID(2),
        day: '2026-11-24',
        title: 'Board update',
        status: 'done',
        order: 1,
        createdAt: at('2026-11-24T08:30:00Z'),
        updatedAt: at('2026-11-24T19:05:00Z'),
        doneAt: at('2026-11-24T15:00:00Z'),
        goalId: GOAL,
        strengthId: 'prudence',
        carriedFrom: ID(1),
      },
      // Wednesday's copy was carried from the one that went: it now comes from the one that stayed.
      {
        id: ID(4),
        day: '2026-11-25',
        title: 'Board update',
        status: 'open',
        order: 1,
        createdAt: at('2026-11-24T19:05:00Z'),
        updatedAt: at('2026-11-24T19:05:00Z'),
        carriedFrom: ID(2),
        strengthId: 'prudence',
      },
      {
        id: ID(5),
        day: '2026-11-23',
        title: 'Plan the day',
        status: 'not-done',
        order: 2,
        createdAt: at('2026-11-23T00:00:05Z'),
        updatedAt: at('2026-11-23T18:00:00Z'),
        recurrenceId: RULE,
      },
      // The rule's own commitment stays; the old copy made without the rule's id goes into it.
      {
        id: ID(6),
        day: '2026-11-24',
        title: 'Plan the day',
        status: 'open',
        order: 2,
        createdAt: at('2026-11-23T18:00:00Z'),
        updatedAt: at('2026-11-24T00:00:05Z'),
        recurrenceId: RULE,
        carriedFrom: ID(5),
      },
      // Two alike that the user typed stay two.
      {
        id: ID(8),
        day: '2026-11-25',
        title: 'Call a client',
        status: 'open',
        order: 3,
        createdAt: at('2026-11-25T08:00:00Z'),
        updatedAt: at('2026-11-25T08:00:00Z'),
      },
      {
        id: ID(9),
        day: '2026-11-25',
        title: 'Call a client',
        status: 'open',
        order: 4,
        createdAt: at('2026-11-25T08:01:00Z'),
        updatedAt: at('2026-11-25T08:01:00Z'),
      },
      {
        id: ID(10),
        day: '2026-11-25',
        title: 'Plan the day',
        status: 'open',
        order: 2,
        createdAt: at('2026-11-25T00:00:05Z'),
        updatedAt: at('2026-11-25T00:00:05Z'),
        recurrenceId: RULE,
      },
      {
        id: ID(13),
        day: '2026-11-23',
        title: 'Call mom',
        status: 'not-done',
        order: 3,
        createdAt: at('2026-11-23T09:00:00Z'),
        updatedAt: at('2026-11-24T19:00:00Z'),
      },
      // Typed again on Tuesday beside Monday's carried copy: merged, and it now comes from Monday.
      {
        id: ID(11),
        day: '2026-11-24',
        title: 'Call mom',
        status: 'not-done',
        order: 5,
        createdAt: at('2026-11-24T08:45:00Z'),
        updatedAt: at('2026-11-24T19:05:00Z'),
        carriedFrom: ID(13),
      },
      // Both were carried on to Wednesday: once Tuesday's are one, so are Wednesday's copies of them.
      {
        id: ID(14),
        day: '2026-11-25',
        title: 'Call mom',
        status: 'open',
        order: 5,
        createdAt: at('2026-11-24T19:05:00Z'),
        updatedAt: at('2026-11-24T19:05:01Z'),
        carriedFrom: ID(11),
      },
      // Two whose notes, joined, would not fit a review: left as they are.
      {
        id: ID(16),
        day: '2026-11-26',
        title: 'Hire a CFO',
        status: 'not-done',
        order: 1,
        createdAt: at('2026-11-26T08:00:00Z'),
        updatedAt: at('2026-11-26T19:00:00Z'),
      },
      {
        id: ID(17),
        day: '2026-11-26',
        title: 'Hire a CFO',
        status: 'not-done',
        order: 2,
        createdAt: at('2026-11-25T19:00:00Z'),
        updatedAt: at('2026-11-26T19:00:00Z'),
        carriedFrom: ID(18),
      },
      {
        id: ID(18),
        day: '2026-11-25',
        title: 'Hire a CFO',
        status: 'not-done',
        order: 7,
        createdAt: at('2026-11-25T08:00:00Z'),
        updatedAt: at('2026-11-25T19:00:00Z'),
      },
    ],
    reviews: [
      {
        day: '2026-11-23',
        completedAt: at('2026-11-24T19:00:00Z'),
        outcomes: [
          {
            commitmentId: ID(1),
            status: 'not-done',
            obstacle: 'waiting',
            decision: 'carry',
            carriedTo: '2026-11-24',
          },
          {
            commitmentId: ID(5),
            status: 'not-done',
            obstacle: 'meetings',
            decision: 'carry',
            carriedTo: '2026-11-24',
          },
          {
            commitmentId: ID(13),
            status: 'not-done',
            obstacle: 'low-energy',
            decision: 'carry',
            carriedTo: '2026-11-24',
          },
        ],
        wentWell: '',
        strengthsUsed: [],
        learned: '',
        tomorrowFocus: '',
        updatedAt: at('2026-11-24T19:00:00Z'),
      },
      // Tuesday's review spoke of both: one outcome stays, done, with the note the user wrote on the other.
      {
        day: '2026-11-24',
        completedAt: at('2026-11-24T19:05:00Z'),
        outcomes: [
          { commitmentId: ID(2), status: 'done', note: 'Ran out of day', carriedTo: '2026-11-25' },
          { commitmentId: ID(6), status: 'done' },
          // Two outcomes of one commitment: the first, with every note kept.
          {
            commitmentId: ID(11),
            status: 'not-done',
            obstacle: 'meetings',
            note: 'Long call',
            decision: 'carry',
            carriedTo: '2026-11-25',
          },
        ],
        wentWell: 'Board update finally out',
        strengthsUsed: ['prudence'],
        learned: '',
        tomorrowFocus: 'Hiring',
        energy: 3,
        stress: 2,
        updatedAt: at('2026-11-24T19:05:00Z'),
      },
      {
        day: '2026-11-26',
        completedAt: at('2026-11-26T19:00:00Z'),
        outcomes: [
          { commitmentId: ID(16), status: 'not-done', obstacle: 'other', note: 'A'.repeat(1500) },
          { commitmentId: ID(17), status: 'not-done', obstacle: 'other', note: 'B'.repeat(1500) },
        ],
        wentWell: '',
        strengthsUsed: [],
        learned: '',
        tomorrowFocus: '',
        updatedAt: at('2026-11-26T19:00:00Z'),
      },
    ],
    weeklyReviews: [
      // Written on Friday of its own week: stays, and takes the Monday after's words, which were about it.
      {
        week: '2026-W46',
        wins: 'Offsite agenda agreed\n\nTwo hires closed',
        patterns: 'Fridays slip',
        nextWeekFocus: 'Hiring plan',
        completedAt: at('2026-11-13T12:00:00Z'),
        updatedAt: at('2026-11-16T12:00:00Z'),
      },
      // Written on Monday 23 November about the week before.
      {
        week: '2026-W47',
        wins: 'Board update out',
        patterns: 'Mornings work',
        nextWeekFocus: 'Budget',
        completedAt: at('2026-11-23T12:00:00Z'),
        updatedAt: at('2026-11-23T12:05:00Z'),
      },
      // A draft last touched on a Thursday stays where it is.
      {
        week: '2026-W49',
        wins: 'Budget sent',
        patterns: '',
        nextWeekFocus: 'Rest',
        updatedAt: at('2026-12-03T12:00:00Z'),
      },
    ],
    recurrences: [
      {
        id: RULE,
        title: 'Plan the day',
        schedule: { kind: 'weekdays', weekdays: [0, 1, 2, 3, 4, 5, 6] },
        startDay: '2026-11-23',
        order: 1,
        createdAt: at('2026-11-23T08:00:00Z'),
        updatedAt: at('2026-11-23T08:00:00Z'),
      },
    ],
  },
};
