import { describe, expect, it } from 'vitest';
import { cutShort, explainJsonError, notJson } from '../../../../lib/domain/backup/json-error';

describe('a file that is not valid JSON', () => {
  it.each([
    [
      'a stray “}” at the end',
      '{"a": 1}\n}',
      'The file has an error at line 2, column 1: an extra “}” that closes nothing.',
    ],
    [
      'a stray “]” at the end',
      '[1, 2]]',
      'The file has an error at line 1, column 7: an extra “]” that closes nothing.',
    ],
    [
      'a “}” that closes the data too early',
      '{"a": {"b": 1}},\n "c": 2}',
      'The file has an error at line 1, column 16: “,” after the end of the data; a “}” or “]” before it may be one too many.',
    ],
    [
      'a trailing comma in a set of fields',
      '{\n  "a": 1,\n}',
      'The file has an error at line 2, column 9: a comma with nothing after it, before “}”.',
    ],
    [
      'a trailing comma in a list',
      '{"a": [1, 2, ]}',
      'The file has an error at line 1, column 12: a comma with nothing after it, before “]”.',
    ],
    [
      'two commas in a row',
      '{"a": 1,, "b": 2}',
      'The file has an error at line 1, column 9: one comma too many.',
    ],
    [
      'a missing comma',
      '{"a": 1\n "b": 2}',
      'The file has an error at line 2, column 2: a comma missing before “"b"”.',
    ],
    [
      'a “]” that should be a “}”',
      '{"a": 1]',
      'The file has an error at line 1, column 8: “]” where “}” should be.',
    ],
    ['a field with no value', '{"a": }', 'The file has an error at line 1, column 7: a field with no value.'],
    [
      'a field name with no colon',
      '{"a" 1}',
      'The file has an error at line 1, column 4: a field name with no “:” after it.',
    ],
    [
      'a comment',
      '{\n  // my notes\n  "a": 1\n}',
      'The file has an error at line 2, column 3: a comment, which a backup file cannot contain.',
    ],
    [
      'single quotes',
      "{'a': 1}",
      "The file has an error at line 1, column 2: text in single quotes (“'a'”); a backup file uses double quotes.",
    ],
    [
      'a field name without quotes',
      '{a: 1}',
      'The file has an error at line 1, column 2: a field name without double quotes (“a”).',
    ],
    [
      'NaN',
      '{"a": NaN}',
      'The file has an error at line 1, column 7: “NaN”, which is not a value a backup file can hold.',
    ],
    [
      'a line break inside a text',
      '{"a": "one\ntwo"}',
      'The file has an error at line 1, column 7: a line break or another control character inside a text.',
    ],
    [
      'an unknown escape',
      '{"a": "\\q"}',
      'The file has an error at line 1, column 7: a backslash that starts no known escape.',
    ],
    [
      'a short unicode escape',
      '{"a": "\\u12"}',
      'The file has an error at line 1, column 7: a “\\u” escape without four hexadecimal digits.',
    ],
    [
      'a number cut in the middle of the text',
      '{"a": 1., "b": 2}',
      'The file has an error at line 1, column 7: “1.”, which is not a number as a backup file writes numbers.',
    ],
  ])('%s says what and where', (_case, text, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(explainJsonError(text)).toBe(message);
  });

  it.each([
    ['inside a set of fields', '{"format": "flourish-backup", "tables": {"goals": [{"id": 1'],
    ['after a comma', '{"a": [1, 2,'],
    ['after a colon', '{"a":'],
    ['inside a text', '{"a": "half a sen'],
    ['inside a word', '{"a": tr'],
    ['inside a number', '{"a": 1.'],
    ['with white space after the cut', '{"a": [1, 2\n\n  '],
  ])('a file cut short %s is called incomplete', (_case, text) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(explainJsonError(text)).toBe(cutShort());
  });

  it.each([
    ['a letter', 'Dear coach, here are my notes'],
    ['a web page', '<!doctype html><p>Backup</p>'],
  ])('%s is not JSON at all', (_case, text) => {
    expect(explainJsonError(text)).toBe(notJson());
  });
});
