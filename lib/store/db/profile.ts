import { t } from '../../i18n';
import { db } from './db';
import { PROFILE_ID, type Profile } from '../../domain/types';
import { MAX_CUSTOM_OBSTACLES } from '../../domain/obstacles';
import { LIMITS, ValidationError, limitText, requireText } from '../../domain/validation';
import { validateValues } from '../../domain/values';

export { MAX_VALUES, validateValues } from '../../domain/values';

export const EMPTY_PROFILE: Profile = { id: PROFILE_ID, name: '', purpose: '', values: [], updatedAt: 0 };

/** Reads the profile; undefined before the user has written anything. */
export function getProfile(): Promise<Profile | undefined> {
  return db.profile.get(PROFILE_ID);
}

async function update(changes: Partial<Omit<Profile, 'id'>>): Promise<Profile> {
  return db.transaction('rw', db.profile, async () => {
    const next: Profile = {
      ...((await db.profile.get(PROFILE_ID)) ?? EMPTY_PROFILE),
      ...changes,
      updatedAt: Date.now(),
    };
    await db.profile.put(next);
    return next;
  });
}

/** Saves the purpose statement (may be empty while the user is still thinking). */
export async function savePurpose(purpose: string): Promise<Profile> {
  return update({ purpose: limitText(purpose, t('errors:field.purpose'), LIMITS.statement) });
}

/** Saves the leader's first name (may be empty: the summary then names no one). */
export async function saveName(name: string): Promise<Profile> {
  return update({ name: limitText(name, t('errors:field.name'), LIMITS.title) });
}

/** Saves the coach's name (may be empty). */
export async function saveCoachName(coachName: string): Promise<Profile> {
  return update({ coachName: limitText(coachName, t('errors:field.coachName'), LIMITS.title) });
}

/** Replaces the ordered list of values after validating it. */
export async function saveValues(values: readonly string[]): Promise<Profile> {
  return update({ values: validateValues(values) });
}

/** Changes the stored list of values with `change`, reading and writing in one transaction. */
async function changeValues(change: (values: string[]) => string[]): Promise<Profile> {
  return db.transaction('rw', db.profile, async () => {
    const current = ((await db.profile.get(PROFILE_ID)) ?? EMPTY_PROFILE).values;
    return update({ values: validateValues(change([...current])) });
  });
}

/** Adds a value at the end of the list. */
export function addValue(value: string): Promise<Profile> {
  return changeValues((values) => [...values, value]);
}

/**
 * Rewrites one value in place. Refused when `from` is no longer in the list (changed in another
 * window), rather than doing nothing and letting the edit look saved.
 */
export function renameValue(from: string, to: string): Promise<Profile> {
  return changeValues((values) => {
    if (!values.includes(from)) {
      throw new ValidationError(t('errors:stored.valueChanged', { value: from }));
    }
    return values.map((value) => (value === from ? to : value));
  });
}

/** Removes one value; returns where it stood, for undo (undefined when it was not there). */
export async function removeValue(value: string): Promise<number | undefined> {
  let position: number | undefined;
  await changeValues((values) => {
    const index = values.indexOf(value);
    if (index >= 0) position = index;
    return values.filter((v) => v !== value);
  });
  return position;
}

/** Puts a removed value back at its place (undo), keeping any value added or changed since. */
export function restoreValue(value: string, position: number): Promise<Profile> {
  return changeValues((values) => {
    if (values.some((v) => v.toLocaleLowerCase() === value.toLocaleLowerCase())) return values;
    return [...values.slice(0, position), value, ...values.slice(position)];
  });
}

/** Remembers the user's own obstacle words so the next review offers them (each kept once). */
export async function addCustomObstacles(labels: readonly string[]): Promise<void> {
  const cleaned = labels.map((label) => requireText(label, 'An obstacle', 60));
  if (cleaned.length === 0) return;
  await db.transaction('rw', db.profile, async () => {
    const current = (await db.profile.get(PROFILE_ID)) ?? EMPTY_PROFILE;
    const known = new Set((current.customObstacles ?? []).map((label) => label.toLocaleLowerCase()));
    const added = cleaned.filter((label) => !known.has(label.toLocaleLowerCase()));
    if (added.length === 0) return;
    // The most recent ones: past reviews keep their own words whatever this list holds.
    const all = [...(current.customObstacles ?? []), ...added];
    await update({ customObstacles: all.slice(-MAX_CUSTOM_OBSTACLES) });
  });
}
