import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AutosaveField } from '../../../components/AutosaveField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { focusFirst, nearbyControls } from '../../../components/focus-neighbour';
import { tellWorker } from '../../../components/tell-worker';
import { useUndo } from '../../../components/UndoProvider';
import { useRunAndReport } from '../../../components/use-run-and-report';
import type { DayKey } from '../../../lib/domain/days';
import { formatDayShort } from '../../../lib/domain/format';
import { weekday } from '../../../lib/domain/days';
import {
  agreementToCommitment,
  agreementToGoal,
  agreementToRecurrence,
} from '../../../lib/store/db/agreements';
import { removeAgreement, restoreAgreement, updateAgreement } from '../../../lib/store/db/sessions';
import type { Agreement } from '../../../lib/domain/types';
import { LIMITS } from '../../../lib/domain/validation';
import { WorkdayPicks, workdayFields, workdayOfField } from '../WorkdayPicks';
import { AgreementOutcome } from './AgreementOutcome';

interface AgreementItemProps {
  sessionId: string;
  agreement: Agreement;
  number: number;
  today: DayKey;
  /** The next workday, where "tomorrow's commitment" goes. */
  tomorrow: DayKey;
}

/** One agreement: its words, and the one step that makes it a goal, a recurring or a next-day commitment. */
export function AgreementItem({ sessionId, agreement, number, today, tomorrow }: AgreementItemProps) {
  const { t } = useTranslation('coaching');
  const { error, run } = useRunAndReport();
  const offerUndo = useUndo();
  const [busy, setBusy] = useState(false);
  const [choosingDays, setChoosingDays] = useState(false);
  const [days, setDays] = useState<number[]>([weekday(tomorrow)]);
  // Made into something, the buttons go: keyboard users' focus goes to what it became.
  const [made, setMade] = useState(false);
  const name = <span className="visually-hidden">: {agreement.text}</span>;

  async function make(action: () => Promise<unknown>, failure: string) {
    setBusy(true);
    if (await run(action, failure)) {
      setChoosingDays(false);
      setMade(true);
    }
    setBusy(false);
  }

  async function remove(control: HTMLElement) {
    // The same button on the next agreement, or else the field to add one, keeps keyboard users' place.
    const targets = [
      ...nearbyControls(control),
      control.closest('.agreements')?.querySelector<HTMLElement>('.new-agreement input'),
    ];
    if (!(await run(() => removeAgreement(sessionId, agreement.id)))) return;
    focusFirst(targets);
    offerUndo(t('agreement.removed', { text: agreement.text }), () =>
      restoreAgreement(sessionId, agreement, number - 1),
    );
  }

  return (
    <div className="agreement">
      <AutosaveField
        label={t('agreement.label', { number })}
        context={agreement.text}
        draftKey={`agreement.${agreement.id}.text`}
        value={agreement.text}
        save={(text) => updateAgreement(sessionId, agreement.id, text)}
        maxLength={LIMITS.statement}
        multiline
        labelHidden
      />
      {agreement.became ? (
        <AgreementOutcome became={agreement.became} focusOnShow={made} />
      ) : (
        <div className="agreement-actions" role="group" aria-label={t('agreement.actions', { number })}>
          <button
            type="button"
            className="button small"
            disabled={busy}
            onClick={() =>
              void make(() => agreementToGoal(sessionId, agreement.id), t('agreement.goalFailed'))
            }
          >
            {t('agreement.makeGoal')}
            {name}
          </button>
          <button
            type="button"
            className="button small"
            disabled={busy}
            aria-expanded={choosingDays}
            onClick={() => setChoosingDays((open) => !open)}
          >
            {t('agreement.makeRecurring')}
            {name}
          </button>
          <button
            type="button"
            className="button small"
            disabled={busy}
            onClick={() =>
              void make(
                () => agreementToCommitment(sessionId, agreement.id, tomorrow),
                t('agreement.commitmentFailed'),
              )
            }
          >
            {t('agreement.commitFor', { day: formatDayShort(tomorrow) })}
            {name}
          </button>
          <button
            type="button"
            className="button quiet danger small"
            data-row-action="remove-agreement"
            onClick={(event) => void remove(event.currentTarget)}
          >
            {t('agreement.remove')}
            {name}
          </button>
        </div>
      )}
      {choosingDays && !agreement.became && (
        <fieldset className="agreement-days">
          <legend>{t('agreement.comesBack')}</legend>
          <WorkdayPicks
            values={workdayFields(days)}
            onChange={(field, on) => {
              const day = workdayOfField(field)!;
              setDays((picked) => (on ? [...picked, day] : picked.filter((d) => d !== day)));
            }}
          />
          <button
            type="button"
            className="button primary small"
            disabled={busy}
            onClick={() =>
              void make(async () => {
                await agreementToRecurrence(sessionId, agreement.id, days, today);
                // The worker readies today again, adding the rule's commitment if today is one of its days.
                tellWorker({ type: 'reschedule' });
              }, t('agreement.recurringFailed'))
            }
          >
            {t('agreement.addRecurring')}
          </button>
        </fieldset>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
