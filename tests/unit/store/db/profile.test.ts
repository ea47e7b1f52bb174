import { describe, expect, it } from 'vitest';
import {
  addCustomObstacles,
  addValue,
  getProfile,
  removeValue,
  renameValue,
  restoreValue,
  savePurpose,
  saveValues,
  validateValues,
} from '../../../../lib/store/db/profile';
import { MAX_CUSTOM_OBSTACLES } from '../../../../lib/domain/obstacles';
import { ValidationError } from '../../../../lib/domain/validation';

describe('purpose and values', () => {
  it('saves the purpose without touching the values', async () => {
    await saveValues(['Candour', 'Care']);
    await savePurpose('To build teams where people do their best work.');
    expect(await getProfile()).toMatchObject({
      purpose: 'To build teams where people do their best work.',
      values: ['Candour', 'Care'],
    });
  });

  it('keeps the values in the order given, trimmed', async () => {
    await saveValues(['  Courage ', 'Curiosity', 'Care']);
    expect((await getProfile())?.values).toEqual(['Courage', 'Curiosity', 'Care']);
  });

  it.each([
    [['Care', '   '], 'A value can’t be empty.'],
    [['Care', 'care'], '“care” is already in your values.'],
    [['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 'Keep it to 7 values or fewer.'],
    [['x'.repeat(121)], 'A value is 121 characters; the limit is 120.'],
  ])('refuses %j with “%s”', (values, message) => {
    expect(() => validateValues(values)).toThrow(new ValidationError(message));
  });

  it('leaves the stored values unchanged when a save is refused', async () => {
    await saveValues(['Candour']);
    await expect(saveValues(['Candour', ''])).rejects.toBeInstanceOf(ValidationError);
    expect((await getProfile())?.values).toEqual(['Candour']);
  });

  it('adds, renames and removes single values against what is stored, even when added at once', async () => {
    await Promise.all([addValue('Candour'), addValue('Care'), addValue('Courage')]);
    expect((await getProfile())?.values).toHaveLength(3);
    await renameValue('Care', 'Compassion');
    await removeValue('Courage');
    expect((await getProfile())?.values).toEqual(expect.arrayContaining(['Candour', 'Compassion']));
    expect((await getProfile())?.values).toHaveLength(2);
  });

  it('refuses renaming a value to an empty one', async () => {
    await addValue('Candour');
    await expect(renameValue('Candour', '  ')).rejects.toThrow('A value can’t be empty.');
    expect((await getProfile())?.values).toEqual(['Candour']);
  });

  it('refuses renaming a value that is no longer there, instead of seeming to save', async () => {
    await saveValues(['Candour', 'Care']);
    await expect(renameValue('Courage', 'Bravery')).rejects.toThrow(
      '“Courage” is no longer in your values; it was changed in another window.',
    );
    expect((await getProfile())?.values).toEqual(['Candour', 'Care']);
  });

  it('undoing a removal puts back only that value, at its place, keeping one added since', async () => {
    await saveValues(['Candour', 'Care', 'Courage']);
    const position = await removeValue('Care');
    expect(position).toBe(1);
    await addValue('Curiosity');
    await restoreValue('Care', position!);
    expect((await getProfile())?.values).toEqual(['Candour', 'Care', 'Courage', 'Curiosity']);
    // Undoing twice, or after the value came back another way, does not repeat it.
    await restoreValue('care', 1);
    expect((await getProfile())?.values).toHaveLength(4);
  });
});

describe('the user’s own obstacles', () => {
  it('keeps the most recent ones, up to the limit, without repeating one', async () => {
    const labels = Array.from({ length: MAX_CUSTOM_OBSTACLES + 5 }, (_, n) => `Obstacle ${n}`);
    await addCustomObstacles(labels);
    await addCustomObstacles(['obstacle 104', 'Late trains']);
    const kept = (await getProfile())?.customObstacles ?? [];
    expect(kept).toHaveLength(MAX_CUSTOM_OBSTACLES);
    expect(kept.at(-1)).toBe('Late trains');
    expect(kept[0]).toBe('Obstacle 6');
    expect(kept.filter((label) => label.toLowerCase() === 'obstacle 104')).toHaveLength(1);
  });
});
