import { AddItemForm } from '../../../components/AddItemForm';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../../components/use-storage-items';
import { useToday } from '../../../components/use-today';
import { nextWorkday } from '../../../lib/domain/agreements';
import { addAgreement } from '../../../lib/store/db/sessions';
import type { CoachingSession } from '../../../lib/domain/types';
import { LIMITS } from '../../../lib/domain/validation';
import { AgreementItem } from './AgreementItem';

/** What the leader agreed with their coach: added one at a time, each editable and removable. */
export function AgreementList({ session }: { session: CoachingSession }) {
  const { t } = useTranslation('coaching');
  const settings = useSettings();
  const today = useToday();
  if (!settings) return null;
  const tomorrow = nextWorkday(today, settings);
  return (
    <section className="agreements" aria-label={t('agreements.heading')}>
      <h4>{t('agreements.heading')}</h4>
      {session.agreements.length === 0 ? (
        <p className="hint">{t('agreements.empty')}</p>
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
        label={t('agreements.add')}
        placeholder={t('agreements.placeholder')}
        maxLength={LIMITS.statement}
        button={{ label: t('agreements.addButton'), className: 'button' }}
        onAdd={(text) => addAgreement(session.id, text)}
        draftKey={`session.${session.id}.new-agreement`}
        failure={t('agreements.addFailed')}
      />
    </section>
  );
}
