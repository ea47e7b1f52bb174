/** Coaching sessions and what was agreed in them (schema version 5). */
import { t } from '../../i18n';
import { db } from './db';
import { isStorableDay } from '../../domain/day-range';
import type { DayKey } from '../../domain/days';
import { MAX_AGREEMENTS, type AgreementOutcome } from '../../domain/entities/session';
import type { Agreement, CoachingSession } from '../../domain/types';
import { LIMITS, ValidationError, checkAgreement, limitText } from '../../domain/validation';

/** Sessions from `from` to `to` (both included), earliest first. */
export function sessionsBetween(from: DayKey, to: DayKey): Promise<CoachingSession[]> {
  return db.sessions.where('day').between(from, to, true, true).sortBy('day');
}

/** Every session, the most recent first (by day, then by when it was recorded). */
export async function sessionsNewestFirst(): Promise<CoachingSession[]> {
  const sessions = await db.sessions.toArray();
  return sessions.sort((a, b) => b.day.localeCompare(a.day) || b.createdAt - a.createdAt);
}

/** The latest session on or before `day`, if any. */
export async function lastSessionOnOrBefore(day: DayKey): Promise<CoachingSession | undefined> {
  const [last] = await db.sessions.where('day').belowOrEqual(day).reverse().sortBy('day');
  return last;
}

export interface SessionDays {
  day: DayKey;
  nextDay?: DayKey | null;
}

function checkDays({ day, nextDay }: SessionDays): void {
  if (!isStorableDay(day)) throw new ValidationError(t('errors:stored.sessionDay'));
  if (nextDay === undefined || nextDay === null) return;
  if (!isStorableDay(nextDay)) throw new ValidationError(t('errors:stored.nextSessionDay'));
  if (nextDay <= day) throw new ValidationError(t('errors:stored.nextSessionAfter'));
}

/** Records a session on `day`, with the next one's date when it is known. */
export async function addSession(days: SessionDays, notes = ''): Promise<CoachingSession> {
  checkDays(days);
  const now = Date.now();
  const session: CoachingSession = {
    id: crypto.randomUUID(),
    day: days.day,
    ...(days.nextDay && { nextDay: days.nextDay }),
    agreements: [],
    notes: limitText(notes, t('errors:field.notes'), LIMITS.statement),
    createdAt: now,
    updatedAt: now,
  };
  await db.sessions.add(session);
  return session;
}

/** Changes a session's dates (`nextDay: null` clears the next one) or notes; other fields are kept. */
export async function updateSession(
  id: string,
  changes: Partial<SessionDays> & { notes?: string },
): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(id);
    if (!session) throw new ValidationError(t('errors:stored.sessionGone'));
    const day = changes.day ?? session.day;
    const nextDay = changes.nextDay === undefined ? session.nextDay : changes.nextDay;
    checkDays({ day, nextDay });
    const { nextDay: _dropped, ...rest } = session;
    await db.sessions.put({
      ...rest,
      day,
      ...(nextDay && { nextDay }),
      notes:
        changes.notes === undefined
          ? session.notes
          : limitText(changes.notes, t('errors:field.notes'), LIMITS.statement),
      updatedAt: Date.now(),
    });
  });
}

/** Deletes a session; what its agreements became (goals, commitments) stays. */
export async function deleteSession(id: string): Promise<void> {
  await db.sessions.delete(id);
}

/** Puts a deleted session back as it was (undo). */
export async function restoreSession(session: CoachingSession): Promise<void> {
  await db.sessions.put(session);
}

/** Changes one session's agreements as `change` says, in one transaction. */
async function changeAgreements(
  sessionId: string,
  change: (agreements: Agreement[]) => Agreement[],
): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new ValidationError(t('errors:stored.sessionGone'));
    await db.sessions.put({ ...session, agreements: change(session.agreements), updatedAt: Date.now() });
  });
}

/** Adds what was agreed to a session. */
export async function addAgreement(sessionId: string, text: string): Promise<Agreement> {
  const agreement: Agreement = { id: crypto.randomUUID(), text: checkAgreement(text) };
  await changeAgreements(sessionId, (agreements) => {
    if (agreements.length >= MAX_AGREEMENTS) {
      throw new ValidationError(t('errors:stored.agreementsMax', { max: MAX_AGREEMENTS }));
    }
    return [...agreements, agreement];
  });
  return agreement;
}

/** Rewords an agreement. */
export function updateAgreement(sessionId: string, agreementId: string, text: string): Promise<void> {
  const checked = checkAgreement(text);
  return changeAgreements(sessionId, (agreements) =>
    agreements.map((a) => (a.id === agreementId ? { ...a, text: checked } : a)),
  );
}

/** Removes an agreement (what it became stays). */
export function removeAgreement(sessionId: string, agreementId: string): Promise<void> {
  return changeAgreements(sessionId, (agreements) => agreements.filter((a) => a.id !== agreementId));
}

/** Puts a removed agreement back at its place (undo), as it was, with what it became. */
export function restoreAgreement(sessionId: string, agreement: Agreement, index: number): Promise<void> {
  return changeAgreements(sessionId, (agreements) =>
    agreements.some((a) => a.id === agreement.id)
      ? agreements
      : [...agreements.slice(0, index), agreement, ...agreements.slice(index)],
  );
}

/** The refusal to turn an agreement into something twice, by what it already became. */
const ALREADY_BECAME: Record<AgreementOutcome, () => string> = {
  goal: () => t('errors:stored.agreementBecame.goal'),
  recurrence: () => t('errors:stored.agreementBecame.recurrence'),
  commitment: () => t('errors:stored.agreementBecame.commitment'),
};

/**
 * Notes what an agreement became: the goal, recurring rule or commitment made from it. An agreement
 * becomes something once: a second time is refused, so a double click never makes two goals.
 */
export function noteAgreementBecame(
  sessionId: string,
  agreementId: string,
  became: { kind: AgreementOutcome; id: string },
): Promise<void> {
  return changeAgreements(sessionId, (agreements) => {
    const agreement = agreements.find((a) => a.id === agreementId);
    if (!agreement) throw new ValidationError(t('errors:stored.agreementGone'));
    if (agreement.became) {
      throw new ValidationError(ALREADY_BECAME[agreement.became.kind]());
    }
    return agreements.map((a) => (a.id === agreementId ? { ...a, became } : a));
  });
}
