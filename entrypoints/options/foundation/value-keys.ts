/** A value with the key its row keeps while it is renamed, so the row (and focus in it) survives. */
export interface KeyedValue {
  key: string;
  value: string;
}

/**
 * Gives each value a React key that outlives a rename. Values are stored as plain strings, so a
 * row is recognised by its text, or else, when its text changed, by its place: a value that is
 * new at a position whose old value is gone is taken to be that value renamed.
 */
export function keyValues(values: readonly string[], previous: readonly KeyedValue[]): KeyedValue[] {
  const unused = new Map(previous.map((row, index) => [row.key, { ...row, index }]));
  const keys: (string | undefined)[] = values.map((value) => {
    const same = [...unused.values()].find((row) => row.value === value);
    if (same) unused.delete(same.key);
    return same?.key;
  });
  values.forEach((_, index) => {
    if (keys[index] !== undefined) return;
    const renamed = [...unused.values()].find((row) => row.index === index);
    if (renamed) {
      unused.delete(renamed.key);
      keys[index] = renamed.key;
    }
  });
  const taken = new Set(keys);
  return values.map((value, index) => {
    let key = keys[index];
    for (let n = 1; key === undefined; n += 1) {
      const candidate = n === 1 ? `value:${value}` : `value:${value}:${n}`;
      if (!taken.has(candidate)) key = candidate;
    }
    taken.add(key);
    return { key, value };
  });
}
