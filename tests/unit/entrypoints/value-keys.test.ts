import { describe, expect, it } from 'vitest';
import { keyValues, type KeyedValue } from '../../../entrypoints/options/foundation/value-keys';

const keys = (rows: KeyedValue[]) => rows.map((row) => row.key);

describe('keys of value rows', () => {
  const first = keyValues(['Candour', 'Care', 'Courage'], []);

  it('starts from each value’s text', () => {
    expect(keys(first)).toEqual(['value:Candour', 'value:Care', 'value:Courage']);
  });

  it.each([
    [
      'a rename in place',
      ['Candour', 'Compassion', 'Courage'],
      ['value:Candour', 'value:Care', 'value:Courage'],
    ],
    ['a reorder', ['Courage', 'Candour', 'Care'], ['value:Courage', 'value:Candour', 'value:Care']],
    ['a removal', ['Candour', 'Courage'], ['value:Candour', 'value:Courage']],
    [
      'an addition',
      ['Candour', 'Care', 'Courage', 'Trust'],
      ['value:Candour', 'value:Care', 'value:Courage', 'value:Trust'],
    ],
  ])('keeps every row’s key through %s', (_, values, expected) => {
    expect(keys(keyValues(values, first))).toEqual(expected);
  });

  it('never gives two rows one key: a value added with the text a renamed row started from', () => {
    const renamed = keyValues(['Candour', 'Compassion', 'Courage'], first);
    const added = keyValues(['Candour', 'Compassion', 'Courage', 'Care'], renamed);
    expect(keys(added)).toEqual(['value:Candour', 'value:Care', 'value:Courage', 'value:Care:2']);
  });
});
