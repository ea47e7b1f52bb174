import { AddItemForm } from '../../../components/AddItemForm';
import { useSettings } from '../../../components/use-storage-items';
import { useToday } from '../../../components/use-today';
import { nextWorkday } from '../../../lib/domain/agreements';
import { addAgreement } from '../../../lib/store/db/sessions';
import type { CoachingSession } from '../../../lib/domain/types';
import { LIMITS } from '../../../lib/domain/validation';
import { AgreementItem } from './AgreementItem';

/** What the leader agreed with their coach: added one at a time, each editable and removable. */
export function AgreementList({ session }: { session: CoachingSession }) {
  const settings = useSettings();
  const today = useToday();
  if (!settings) return null;
  const tomorrow = nextWorkday(today, settings);
  return (
    <section className="agreements" aria-label="What you agreed">
      <h4>What you agreed</h4>
      {session.agreements.length === 0 ? (
        <p className="hint">
          Add each thing you agreed to do on its own line. Each can then become a goal, a recurring commitment
          or a commitment for your next workday.
        </p>
      ) : (
        <ol className="plain-list agreement-list">
          {session.agreements.map((agreement, index) => (
            <li key={agreement.id}>
              <AgreementItem
                sessionId={session.id}
                agreement={agreement}
                number={index + 1}
                today={today}
                tomorrow={tomorrow}
              />
            </li>
          ))}
        </ol>
      )}
      <AddItemForm
        className="inline-form new-agreement"
        label="Add an agreement"
        placeholder="For example: delegate the weekly report to Sam"
        maxLength={LIMITS.statement}
        button={{ label: 'Add', className: 'button' }}
        onAdd={(text) => addAgreement(session.id, text)}
        draftKey={`session.${session.id}.new-agreement`}
        failure="The agreement could not be added."
      />
    </section>
  );
}
