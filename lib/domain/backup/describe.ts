/** A problem found in a backup, as a short phrase a person can act on: "commitment 12: day is not a date". */
import type { ZodIssue } from 'zod';
import { RULE_ISSUE } from '../entities/by-rule';
import type { TableName } from '../entities/tables';

/** What one row of each table is called in a message. */
export const ROW_NAMES: Record<TableName, string> = {
  profile: 'profile',
  strengths: 'strength',
  vision: 'vision',
  visionImages: 'picture',
  goals: 'goal',
  commitments: 'commitment',
  reviews: 'daily review',
  weeklyReviews: 'weekly review',
  recurrences: 'recurring commitment',
  sessions: 'coaching session',
  questions: 'question for the coach',
  daysOff: 'days off',
};

/** What a value of each JSON type is called in a message. */
const EXPECTED: Record<string, string> = {
  object: 'a set of fields',
  array: 'a list',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
};

/** An editor's sentence inside a longer message: "A value can’t be empty." → "a value can’t be empty". */
export function asPhrase(sentence: string): string {
  const phrase = sentence.replace(/\.$/, '');
  return /^[A-Z][a-z ]/.test(phrase) ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase;
}

/** "the strengths table: ranks must run …", from the place and an editor's sentence. */
export function describeRule(place: string, sentence: string): string {
  return place ? `${place}: ${asPhrase(sentence)}` : asPhrase(sentence);
}

/** "commitment 12: day is not a date" from a zod issue (its path starts at the file's top). */
export function describeIssue(issue: ZodIssue): string {
  const path = [...issue.path];
  let where = '';
  if (path[0] === 'tables' && typeof path[1] === 'string' && typeof path[2] === 'number') {
    where = `${ROW_NAMES[path[1] as TableName] ?? path[1]} ${path[2] + 1}`;
    path.splice(0, 3);
  } else if (path[0] === 'tables' && typeof path[1] === 'string') {
    // `daysOff` → "the days off table".
    where = `the ${path[1].replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)} table`;
    path.splice(0, 2);
  } else if (path.length > 0) {
    where = String(path.shift());
  }
  const field = path.map((part) => (typeof part === 'number' ? `#${part + 1}` : String(part))).join(' ');
  if (issue.code === 'custom' && issue.params?.[RULE_ISSUE]) {
    return describeRule([where, field].filter(Boolean).join(', '), issue.message);
  }
  let problem = issue.message;
  if (issue.code === 'invalid_type') {
    problem = issue.received === 'undefined' ? 'is missing' : `is not ${EXPECTED[issue.expected] ?? 'valid'}`;
  } else if (
    issue.code === 'invalid_enum_value' ||
    issue.code === 'invalid_literal' ||
    issue.code === 'invalid_union_discriminator'
  ) {
    problem = 'is not one of the values Flourish uses';
  } else if (!issue.message.startsWith('is') && !issue.message.startsWith('has')) {
    problem = issue.code === 'too_big' ? 'is too long or has too many entries' : 'is not valid';
  }
  if (!field) return [where, problem].filter(Boolean).join(' ');
  return `${where ? `${where}: ` : ''}${field} ${problem}`;
}
