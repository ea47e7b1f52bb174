import type { SyncTable } from './tables';

/**
 * Fields that travel as their parts, each merged on its own: the vision's three horizons are three
 * texts of up to 2,000 characters, edited one at a time, and together can be more than an item holds.
 */
const NESTED: Partial<Record<SyncTable, readonly string[]>> = { vision: ['horizons'] };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored row as it travels: nested fields as `name.part`. */
export function flatten(table: SyncTable, row: Record<string, unknown>): Record<string, unknown> {
  const flat = { ...row };
  for (const name of NESTED[table] ?? []) {
    const nested = flat[name];
    if (!isPlainObject(nested)) continue;
    delete flat[name];
    for (const [part, value] of Object.entries(nested)) flat[`${name}.${part}`] = value;
  }
  return flat;
}

/** A row that travelled, as stored. */
export function unflatten(table: SyncTable, flat: Record<string, unknown>): Record<string, unknown> {
  const row = { ...flat };
  for (const name of NESTED[table] ?? []) {
    const prefix = `${name}.`;
    const parts = Object.keys(row).filter((key) => key.startsWith(prefix));
    if (parts.length === 0) continue;
    row[name] = Object.fromEntries(parts.map((key) => [key.slice(prefix.length), row[key]]));
    for (const key of parts) delete row[key];
  }
  return row;
}
