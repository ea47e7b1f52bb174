import { describe, expect, it } from 'vitest';
import { duplicateGroups, holderOnDay, lineage, type Row } from '../../../lib/domain/same-commitment';

const row = (id: string, day: string, title: string, more: Partial<Row> = {}): Row => ({
  id,
  day,
  title,
  status: 'open',
  ...more,
});

// Monday's original, carried to Tuesday and on to Wednesday; a recurring rule's commitments.
const monday = row('m', '2026-11-23', 'Board update', { status: 'not-done' });
const tuesday = row('t', '2026-11-24', 'Board update', { carriedFrom: 'm' });
const wednesday = row('w', '2026-11-25', 'Board update', { carriedFrom: 't' });
const ruleMonday = row('rm', '2026-11-23', 'Plan the day', { recurrenceId: 'R', status: 'not-done' });
const oldCopy = row('oc', '2026-11-24', 'Plan the day', { carriedFrom: 'rm' });
const byId = new Map([monday, tuesday, wednesday, ruleMonday, oldCopy].map((r) => [r.id, r]));

describe('where a commitment started', () => {
  it.each([
    [monday, { root: 'm', recurrenceId: undefined }],
    [wednesday, { root: 'm', recurrenceId: undefined }],
    [oldCopy, { root: 'rm', recurrenceId: 'R' }],
    [
      row('x', '2026-11-25', 'Gone', { carriedFrom: 'deleted' }),
      { root: 'deleted', recurrenceId: undefined },
    ],
  ])('%o started at %o', (commitment, expected) => {
    expect(lineage(commitment, byId)).toEqual(expected);
  });
});

describe('what a day already holds of a commitment carried there', () => {
  const day = '2026-11-25';
  it.each<[string, Row[], string | undefined]>([
    [
      'a copy carried there before, even done',
      [row('c', day, 'Board update', { carriedFrom: 'm', status: 'done' })],
      'c',
    ],
    ['the same words typed there', [row('typed', day, ' board  UPDATE')], 'typed'],
    [
      'the same words typed there, but done',
      [row('typed', day, 'Board update', { status: 'done' })],
      undefined,
    ],
    [
      'the same words, carried there from something else',
      [row('o', day, 'Board update', { carriedFrom: 'zz' })],
      undefined,
    ],
    ['other words', [row('other', day, 'Hire a CFO')], undefined],
  ])('%s', (_case, rows, expected) => {
    expect(holderOnDay(tuesday, rows, new Map([...byId, ...rows.map((r) => [r.id, r] as const)]))?.id).toBe(
      expected,
    );
  });

  it.each<[string, Row, string | undefined]>([
    ['its rule’s own commitment, open', row('r', day, 'Plan the day', { recurrenceId: 'R' }), 'r'],
    [
      'its rule’s own commitment, done',
      row('r', day, 'Plan the day', { recurrenceId: 'R', status: 'done' }),
      'r',
    ],
    [
      'its rule’s own commitment, dropped',
      row('r', day, 'Plan the day', { recurrenceId: 'R', status: 'dropped' }),
      undefined,
    ],
    ['nothing in another rule’s', row('r', day, 'Weekly review', { recurrenceId: 'S' }), undefined],
  ])('an old copy made without its rule finds %s', (_case, there, expected) => {
    expect(holderOnDay(oldCopy, [there], new Map([...byId, [there.id, there]]))?.id).toBe(expected);
  });
});

describe('duplicates on one day', () => {
  const day = '2026-11-30';
  it.each<[string, Row[], string[][]]>([
    [
      'a late carry beside the same words typed',
      [row('a', day, 'Board update'), row('b', day, 'Board update', { carriedFrom: 'm' })],
      [['a', 'b']],
    ],
    [
      'two copies of one original',
      [
        row('a', day, 'Board update', { carriedFrom: 'm' }),
        row('b', day, 'Board update', { carriedFrom: 't' }),
      ],
      [['a', 'b']],
    ],
    [
      'a rule’s commitment and an old copy of it',
      [
        row('a', day, 'Plan the day', { recurrenceId: 'R' }),
        row('b', day, 'Plan the day', { carriedFrom: 'rm' }),
      ],
      [['a', 'b']],
    ],
    [
      'two copies of one original, one renamed',
      [
        row('a', day, 'Board update', { carriedFrom: 'm' }),
        row('b', day, 'Board deck', { carriedFrom: 't' }),
      ],
      [],
    ],
    [
      'two copies of one original, each with a plan of its own',
      [
        row('a', day, 'Board update', { carriedFrom: 'm', ifThen: { when: 'at 9', then: 'draft it' } }),
        row('b', day, 'Board update', { carriedFrom: 't', ifThen: { when: 'at 4 pm', then: 'send it' } }),
      ],
      [],
    ],
    [
      'two copies of one original, one with a plan',
      [
        row('a', day, 'Board update', { carriedFrom: 'm', ifThen: { when: 'at 9', then: 'draft it' } }),
        row('b', day, 'Board update', { carriedFrom: 't' }),
      ],
      [['a', 'b']],
    ],
    ['two alike the user typed', [row('a', day, 'Call a client'), row('b', day, 'Call a client')], []],
    [
      'two alike carried from two the user typed',
      [row('a', day, 'Call', { carriedFrom: 'p' }), row('b', day, 'Call', { carriedFrom: 'q' })],
      [],
    ],
    [
      'a dropped rule commitment beside a copy',
      [
        row('a', day, 'Plan the day', { recurrenceId: 'R', status: 'dropped' }),
        row('b', day, 'Plan the day', { carriedFrom: 'rm' }),
      ],
      [],
    ],
    [
      'the same words on two days',
      [row('a', day, 'Board update'), row('b', '2026-11-25', 'Board update', { carriedFrom: 'zz' })],
      [],
    ],
  ])('%s', (_case, rows, expected) => {
    const all = [...byId.values(), ...rows];
    expect(duplicateGroups(all).map((group) => group.map((r) => r.id).sort())).toEqual(expected);
  });
});
