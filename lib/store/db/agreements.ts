/**
 * Turning an agreement from a coaching session into a goal, a recurring commitment or a day's
 * commitment, in one transaction with the note of what it became: both are written or neither. An
 * agreement that already became something is refused (noteAgreementBecame), and what was just made
 * for it goes with the transaction, so a double click never makes two goals.
 */
import { t } from '../../i18n';
import { db } from './db';
import { addCommitment } from './commitments';
import { addGoal } from './goals';
import { addRecurrence } from './recurrences';
import { noteAgreementBecame } from './sessions';
import { titleFromAgreement } from '../../domain/agreements';
import type { DayKey } from '../../domain/days';
import type { AgreementOutcome } from '../../domain/entities/session';
import type { Agreement, RecurrenceSchedule } from '../../domain/types';
import { LIMITS, ValidationError } from '../../domain/validation';

function convert<T extends { id: string }>(
  sessionId: string,
  agreementId: string,
  kind: AgreementOutcome,
  make: (agreement: Agreement) => Promise<T>,
): Promise<T> {
  return db.transaction('rw', [db.sessions, db.goals, db.recurrences, db.commitments], async () => {
    const agreement = (await db.sessions.get(sessionId))?.agreements.find((a) => a.id === agreementId);
    if (!agreement) throw new ValidationError(t('errors:stored.agreementGone'));
    const made = await make(agreement);
    await noteAgreementBecame(sessionId, agreementId, { kind, id: made.id });
    return made;
  });
}

/** Makes an agreement a goal: its words as the title (cut to fit), in full as why it matters. */
export function agreementToGoal(sessionId: string, agreementId: string) {
  return convert(sessionId, agreementId, 'goal', (agreement) => {
    const { title, rest } = titleFromAgreement(agreement.text, LIMITS.title);
    return addGoal({ title, why: rest });
  });
}

/** Makes an agreement a recurring commitment on `weekdays`, from `startDay` on. */
export function agreementToRecurrence(
  sessionId: string,
  agreementId: string,
  weekdays: number[],
  startDay: DayKey,
) {
  return convert(sessionId, agreementId, 'recurrence', (agreement) => {
    const { title } = titleFromAgreement(agreement.text, LIMITS.commitmentTitle);
    return addRecurrence({ title, schedule: { kind: 'weekdays', weekdays } }, startDay);
  });
}

/** Makes an agreement a commitment on `day` (the next workday). */
export function agreementToCommitment(sessionId: string, agreementId: string, day: DayKey) {
  return convert(sessionId, agreementId, 'commitment', (agreement) =>
    addCommitment(day, titleFromAgreement(agreement.text, LIMITS.commitmentTitle).title),
  );
}

/** What an agreement became, as the page shows it; null once that was deleted. */
export type Outcome =
  | { kind: 'goal'; title: string }
  | { kind: 'recurrence'; title: string; schedule: RecurrenceSchedule }
  | { kind: 'commitment'; title: string; day: DayKey };

/** Reads what an agreement became (the goal, recurring rule or commitment), or null when it is gone. */
export async function outcomeOf(became: NonNullable<Agreement['became']>): Promise<Outcome | null> {
  if (became.kind === 'goal') {
    const goal = await db.goals.get(became.id);
    return goal ? { kind: 'goal', title: goal.title } : null;
  }
  if (became.kind === 'recurrence') {
    const rule = await db.recurrences.get(became.id);
    return rule ? { kind: 'recurrence', title: rule.title, schedule: rule.schedule } : null;
  }
  const commitment = await db.commitments.get(became.id);
  return commitment ? { kind: 'commitment', title: commitment.title, day: commitment.day } : null;
}
