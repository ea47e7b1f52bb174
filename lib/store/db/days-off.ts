/** Days off: holidays and conferences the leader marks (schema version 5). */
import { t } from '../../i18n';
import { db } from './db';
import { dayOffRun } from '../../domain/days-off';
import { checkDaysOff } from '../../domain/days-off-check';
import { isStorableDay } from '../../domain/day-range';
import type { DayKey } from '../../domain/days';
import type { DaysOff } from '../../domain/types';
import { ValidationError } from '../../domain/validation';

/** The runs of days off that end on or after `day`, earliest first. */
export function daysOffFrom(day: DayKey): Promise<DaysOff[]> {
  return db.daysOff.where('to').aboveOrEqual(day).sortBy('from');
}

/** The run of days off `day` falls in, or null on a day that is not off. */
export async function dayOffOn(day: DayKey): Promise<DaysOff | null> {
  return dayOffRun(day, await daysOffFrom(day)) ?? null;
}

/** Every run of days off, earliest first. */
export function allDaysOff(): Promise<DaysOff[]> {
  return db.daysOff.toCollection().sortBy('from');
}

export interface DaysOffText {
  from: DayKey;
  to: DayKey;
  label: string;
}

function checked(text: DaysOffText): DaysOffText {
  if (!isStorableDay(text.from)) throw new ValidationError(t('errors:stored.daysOffFrom'));
  if (!isStorableDay(text.to)) throw new ValidationError(t('errors:stored.daysOffTo'));
  return checkDaysOff(text);
}

/** Marks a day (`from` = `to`) or a run of days as off. */
export async function addDaysOff(text: DaysOffText): Promise<DaysOff> {
  const now = Date.now();
  const run: DaysOff = { id: crypto.randomUUID(), ...checked(text), createdAt: now, updatedAt: now };
  await db.daysOff.add(run);
  return run;
}

/** Changes a run's days or label. */
export async function updateDaysOff(id: string, changes: Partial<DaysOffText>): Promise<void> {
  await db.transaction('rw', db.daysOff, async () => {
    const run = await db.daysOff.get(id);
    if (!run) throw new ValidationError(t('errors:stored.daysOffGone'));
    await db.daysOff.put({ ...run, ...checked({ ...run, ...changes }), updatedAt: Date.now() });
  });
}

/** Puts a removed run of days off back (undo). */
export async function restoreDaysOff(run: DaysOff): Promise<void> {
  await db.daysOff.put(run);
}

/** Removes a run of days off: its days count as workdays again. */
export async function removeDaysOff(id: string): Promise<void> {
  await db.daysOff.delete(id);
}
