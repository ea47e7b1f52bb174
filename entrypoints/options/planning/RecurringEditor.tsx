import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tellWorker } from '../../../components/tell-worker';
import { useUndo } from '../../../components/UndoProvider';
import { today } from '../../../lib/platform/clock';
import { activeGoals } from '../../../lib/store/db/goals';
import {
  addRecurrence,
  deleteRecurrence,
  recurrencesInOrder,
  restoreRecurrence,
  updateRecurrence,
  type RecurrenceFields,
} from '../../../lib/store/db/recurrences';
import type { RecurrenceRule } from '../../../lib/domain/types';
import { describeSchedule } from '../../../lib/domain/recurrence';
import { RuleForm } from './RuleForm';
import './recurring-editor.css';

/** Recurring commitments: the frameworks that carry the plan (weekly one-to-ones, a Friday review). */
export function RecurringEditor() {
  const { t } = useTranslation('planning');
  const rules = useLiveQuery(recurrencesInOrder, []);
  const goals = useLiveQuery(activeGoals, []);
  const offerUndo = useUndo();
  const [editing, setEditing] = useState<string | null>(null);
  if (!rules || !goals) return null;

  async function remove(rule: RecurrenceRule) {
    const deleted = await deleteRecurrence(rule.id);
    if (deleted) offerUndo(t('recurring.deleted', { title: rule.title }), () => restoreRecurrence(deleted));
  }

  return (
    <div className="recurring-editor">
      <RuleForm
        goals={goals}
        submitLabel={t('recurring.add')}
        heading={t('recurring.new')}
        onSave={async (fields) => {
          await addRecurrence(fields as RecurrenceFields, today());
          // The worker readies today again, adding the new rule's commitment if today is one of its days.
          tellWorker({ type: 'reschedule' });
        }}
      />
      <h2>{t('recurring.yours')}</h2>
      {rules.length === 0 ? (
        <p className="hint">{t('recurring.none')}</p>
      ) : (
        <ul className="plain-list rule-list">
          {rules.map((rule) =>
            editing === rule.id ? (
              <li key={rule.id} className="card">
                <RuleForm
                  goals={goals}
                  initial={rule}
                  heading={t('recurring.editing', { title: rule.title })}
                  submitLabel={t('recurring.save')}
                  onSave={async (fields) => {
                    await updateRecurrence(rule.id, fields);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={rule.id} className="rule">
                <div>
                  <strong>{rule.title}</strong>
                  <p className="hint">{describeSchedule(rule.schedule)}</p>
                </div>
                <button type="button" className="button small" onClick={() => setEditing(rule.id)}>
                  {t('recurring.edit')}
                  <span className="visually-hidden"> {rule.title}</span>
                </button>
                <button type="button" className="button quiet danger small" onClick={() => void remove(rule)}>
                  {t('recurring.delete')}
                  <span className="visually-hidden"> {rule.title}</span>
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      <p className="hint">{t('recurring.note')}</p>
    </div>
  );
}
