/** A problem found in a backup, as a short phrase a person can act on: "commitment 12: day is not a date". */
import type { ZodIssue } from 'zod';
import { RULE_ISSUE } from '../entities/by-rule';
import type { TableName } from '../entities/tables';
import { currentLanguage, t } from '../../i18n';

/** What one row of each table is called in a message: "commitment", "daily review". */
export function rowName(table: TableName): string {
  const names: Record<TableName, () => string> = {
    profile: () => t('data:issue.rows.profile'),
    strengths: () => t('data:issue.rows.strengths'),
    vision: () => t('data:issue.rows.vision'),
    visionImages: () => t('data:issue.rows.visionImages'),
    goals: () => t('data:issue.rows.goals'),
    commitments: () => t('data:issue.rows.commitments'),
    reviews: () => t('data:issue.rows.reviews'),
    weeklyReviews: () => t('data:issue.rows.weeklyReviews'),
    recurrences: () => t('data:issue.rows.recurrences'),
    sessions: () => t('data:issue.rows.sessions'),
    questions: () => t('data:issue.rows.questions'),
    daysOff: () => t('data:issue.rows.daysOff'),
  };
  return names[table]?.() ?? table;
}

/** A table as a message names it: "the days off table". */
export function tablePlace(table: TableName): string {
  const names: Record<TableName, () => string> = {
    profile: () => t('data:issue.tables.profile'),
    strengths: () => t('data:issue.tables.strengths'),
    vision: () => t('data:issue.tables.vision'),
    visionImages: () => t('data:issue.tables.visionImages'),
    goals: () => t('data:issue.tables.goals'),
    commitments: () => t('data:issue.tables.commitments'),
    reviews: () => t('data:issue.tables.reviews'),
    weeklyReviews: () => t('data:issue.tables.weeklyReviews'),
    recurrences: () => t('data:issue.tables.recurrences'),
    sessions: () => t('data:issue.tables.sessions'),
    questions: () => t('data:issue.tables.questions'),
    daysOff: () => t('data:issue.tables.daysOff'),
  };
  return t('data:check.table', { table: names[table]?.() ?? table });
}

/** What a value of each JSON type is called in a message. */
function expected(type: string): string | undefined {
  const names: Record<string, () => string> = {
    object: () => t('data:issue.expected.object'),
    array: () => t('data:issue.expected.array'),
    string: () => t('data:issue.expected.string'),
    number: () => t('data:issue.expected.number'),
    integer: () => t('data:issue.expected.integer'),
    boolean: () => t('data:issue.expected.boolean'),
  };
  return names[type]?.();
}

/**
 * An editor's sentence inside a longer message: "A value can’t be empty." → "a value can’t be empty".
 * German keeps its capital: its nouns are written so wherever they stand.
 */
export function asPhrase(sentence: string): string {
  const phrase = sentence.replace(/\.$/, '');
  if (currentLanguage() === 'de') return phrase;
  return /^[A-Z][a-z ]/.test(phrase) ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase;
}

/** "the strengths table: ranks must run …", from the place and an editor's sentence. */
export function describeRule(place: string, sentence: string): string {
  return place ? `${place}: ${asPhrase(sentence)}` : asPhrase(sentence);
}

/** Marks a custom issue whose message is already a phrase in the leader's language. */
export const PHRASE = 'backup-phrase';

/** "commitment 12: day is not a date" from a zod issue (its path starts at the file's top). */
export function describeIssue(issue: ZodIssue): string {
  const path = [...issue.path];
  let where = '';
  if (path[0] === 'tables' && typeof path[1] === 'string' && typeof path[2] === 'number') {
    where = t('data:issue.row', { row: rowName(path[1] as TableName), number: path[2] + 1 });
    path.splice(0, 3);
  } else if (path[0] === 'tables' && typeof path[1] === 'string') {
    // `daysOff` → "the days off table".
    where = tablePlace(path[1] as TableName);
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
    const type = expected(issue.expected);
    problem =
      issue.received === 'undefined'
        ? t('data:issue.missing')
        : type
          ? t('data:issue.notType', { expected: type })
          : t('data:issue.notValid');
  } else if (
    issue.code === 'invalid_enum_value' ||
    issue.code === 'invalid_literal' ||
    issue.code === 'invalid_union_discriminator'
  ) {
    problem = t('data:issue.notAValue');
  } else if (
    issue.code === 'too_big' &&
    issue.type === 'array' &&
    issue.path.length === 2 &&
    issue.path[0] === 'tables'
  ) {
    // A table with more rows than Flourish keeps.
    problem = t('data:check.tooManyRows', { max: issue.maximum });
  } else if (
    !(issue.code === 'custom' && issue.params?.[PHRASE]) &&
    !issue.message.startsWith('is') &&
    !issue.message.startsWith('has')
  ) {
    problem = issue.code === 'too_big' ? t('data:issue.tooBig') : t('data:issue.notValid');
  }
  if (!field) return [where, problem].filter(Boolean).join(' ');
  return `${where ? `${where}: ` : ''}${field} ${problem}`;
}
